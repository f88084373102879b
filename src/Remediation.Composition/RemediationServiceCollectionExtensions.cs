using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Remediation.Api;
using Remediation.Api.Composition;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Keys;
using Remediation.Domain.Notifications;
using Remediation.Notifications;
using Remediation.Storage;
using Remediation.Workflows;
using Remediation.Workflows.History;

namespace Remediation.Composition;

/// <summary>The one composition root: both hosts and the test rigs wire the system through <see cref="AddRemediation"/>.</summary>
public static class RemediationServiceCollectionExtensions
{
    /// <summary>
    /// Stores on the configured storage account (AzureWebJobsStorage, table prefix Remediation:TablePrefix), the
    /// workflows, the API, notifications, and every option bound from configuration and validated on start. The host
    /// adds only what is its own: the durable engine and client, HTTP, timers.
    /// </summary>
    public static IServiceCollection AddRemediation(this IServiceCollection services, IConfiguration configuration, bool development)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<KeyRingOptions>(configuration.GetSection(KeyRingOptions.SectionName));
        services.AddValidated<KeyRingOptions>(o => o.Problems(development));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<KeyRingOptions>>().Value.ToRing());
        services.AddRemediationStorage(StorageConnection.From(configuration), configuration["Remediation:TablePrefix"] ?? string.Empty);
        services.AddDataProtection().SetApplicationName("remediation");
        services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
            .Configure<RemediationBlobs>((o, blobs) => o.XmlRepository = new BlobKeyRepository(blobs.Protection));
        services.AddRemediationWorkflowServices();
        services.AddRemediationApi();
        services.AddRemediationNotifications(configuration, development);
        services.AddSingleton<IWebhookAddressCheck>(sp => sp.GetRequiredService<Notifications.Webhooks.AddressGuard>());
        services.Configure<ApiOptions>(configuration.GetSection(ApiOptions.SectionName));
        services.Configure<VerificationPolicy>(configuration.GetSection(VerificationPolicy.SectionName));
        services.Configure<Domain.Confirmations.SamplePolicy>(configuration.GetSection(Domain.Confirmations.SamplePolicy.SectionName));
        services.AddValidated<Domain.Confirmations.SamplePolicy>(p => p.Problems());
        services.Configure<Api.Confirmations.WorkerPageOptions>(configuration.GetSection(Api.Confirmations.WorkerPageOptions.SectionName));
        services.AddValidated<Api.Confirmations.WorkerPageOptions>(o => o.Problems());
        services.Configure<Api.PublicReports.PublicReportOptions>(configuration.GetSection(Api.PublicReports.PublicReportOptions.SectionName));
        services.Configure<Api.Confirmations.TextMessages.TextMessageOptions>(
            configuration.GetSection(Api.Confirmations.TextMessages.TextMessageOptions.SectionName));
        services.AddValidated<Api.Confirmations.TextMessages.TextMessageOptions>(o => o.Problems());
        services.Configure<DeadlinePolicy>(configuration.GetSection(DeadlinePolicy.SectionName));
        services.Configure<HistoryRetention>(configuration.GetSection(HistoryRetention.SectionName));
        services.Configure<Api.RateLimiting.RateLimitOptions>(configuration.GetSection(Api.RateLimiting.RateLimitOptions.SectionName));
        services.AddValidated<Api.RateLimiting.RateLimitOptions>(o => o.Problems());
        services.AddValidated<ApiOptions>(o => o.Problems(development));
        services.Configure<Api.Authentication.Tokens.IdentityOptions>(
            configuration.GetSection(Api.Authentication.Tokens.IdentityOptions.SectionName));
        services.AddValidated<Api.Authentication.Tokens.IdentityOptions>(o => o.Problems());
        services.AddValidated<DeadlinePolicy>(p => p.Problems());
        services.AddValidated<RetryPolicy>(p => p.Problems());
        services.AddValidated<HistoryRetention>(p => p.Problems());
        return services;
    }

}
