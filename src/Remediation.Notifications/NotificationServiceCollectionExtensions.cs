using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Remediation.Domain.Notifications;
using Remediation.Notifications.Dispatch;
using Remediation.Notifications.Email;
using Remediation.Notifications.Webhooks;

namespace Remediation.Notifications;

public static class NotificationServiceCollectionExtensions
{
    /// <summary>
    /// Delivery of the outbox (needs the storage services). <paramref name="development"/> lets webhooks reach
    /// loopback endpoints, over http too; nowhere else.
    /// </summary>
    public static IServiceCollection AddRemediationNotifications(this IServiceCollection services, IConfiguration configuration, bool development)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.SectionName));
        services.PostConfigure<NotificationOptions>(o => o.Webhooks.AllowLoopback = development);
        services.Configure<RetryPolicy>(configuration.GetSection(RetryPolicy.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHostResolver, DnsHostResolver>();
        services.AddSingleton<AddressGuard>();
        services.AddSingleton<NotificationFacts>();
        services.AddSingleton<CloudEventBody>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<EmailComposer>();
        services.AddSingleton<EmailSender>();
        services.AddSingleton<OutboxFanOut>();
        services.AddSingleton<DeliveryAttempt>();
        services.AddSingleton<NotificationWorker>();
        return services;
    }
}
