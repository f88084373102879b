using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Remediation.Api.Admin;
using Remediation.Api.Authentication;
using Remediation.Api.Cases;
using Remediation.Api.Commands;
using Remediation.Api.Health;
using Remediation.Api.Json;
using Remediation.Api.OpenApi;
using Remediation.Api.Problems;
using Remediation.Api.Reports;
using Remediation.Api.Routing;
using Remediation.Contracts.Health;
using Remediation.Contracts.Problems;

namespace Remediation.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>The handlers, the route table, the dispatcher and the API document; stores and workflows are registered by the host.</summary>
    public static IServiceCollection AddRemediationApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ApiOptions>();
        foreach (var type in new[]
                 {
                     typeof(ApiKeyAuthenticator), typeof(CallerAuthenticator), typeof(Authentication.Tokens.AccessTokenValidator),
                     typeof(Authentication.Tokens.MembershipResolver), typeof(Audit.AuditTrail), typeof(ApiDispatcher), typeof(CaseAccess),
                     typeof(CreateCase), typeof(ListCases), typeof(GetCase),
                     typeof(GetTimeline), typeof(VerifyTimeline), typeof(GetWorkers), typeof(CommandEndpoint), typeof(GetCommandStatus),
                     typeof(SummaryReport), typeof(CasesCsvReport), typeof(RegisterParty), typeof(IssueApiKey), typeof(RevokeApiKey),
                     typeof(AdminRoutes), typeof(ListParties), typeof(ListApiKeys), typeof(GetAuditLog), typeof(Admin.Members.MemberRules),
                     typeof(Admin.Members.ListMembers), typeof(Admin.Members.CreateMember), typeof(Admin.Members.GetMember),
                     typeof(Admin.Members.ChangeMember), typeof(Admin.Members.DisableMember), typeof(Session.GetSignInSettings),
                     typeof(Evidence.UploadEvidence), typeof(Evidence.DownloadEvidence), typeof(Evidence.ListEvidence),
                     typeof(RemediationApi), typeof(RouteFallback), typeof(HealthEndpoints),
                     typeof(Subscriptions.SubscriptionRoutes), typeof(Subscriptions.CreateSubscription), typeof(Subscriptions.ListSubscriptions),
                     typeof(Subscriptions.GetSubscription), typeof(Subscriptions.DeleteSubscription), typeof(Subscriptions.SwitchSubscription),
                     typeof(Subscriptions.RotateSecret), typeof(Subscriptions.ListDeliveries), typeof(Subscriptions.RetryDelivery),
                     typeof(Sheets.PreviewWorkersSheet), typeof(Sheets.PreviewFindingsSheet), typeof(RateLimiting.RequestLimits),
                     typeof(Confirmations.CodeHashes), typeof(Confirmations.WorkerTexts), typeof(Confirmations.WorkerAnswers),
                     typeof(Confirmations.IssueConfirmationCodes), typeof(Confirmations.GetVerificationSample),
                     typeof(Confirmations.Page.WorkerPage), typeof(Confirmations.Page.WorkerPageHtml),
                     typeof(Confirmations.TextMessages.ReceiveTextMessage), typeof(Confirmations.TextMessages.TextReplies),
                     typeof(Procurement.ProcurementRoutes), typeof(Procurement.RegisterContract), typeof(Procurement.ListContracts),
                     typeof(Procurement.GetContract), typeof(Procurement.ContractDirectory), typeof(Procurement.ListSuppliers),
                     typeof(Procurement.GetSupplier), typeof(Procurement.SupplierAccess), typeof(Procurement.SupplierReadModel),
                     typeof(Procurement.SupplierEvidencePack), typeof(Procurement.SupplierRecordDownload),
                     typeof(PublicReports.PublicReportRoutes), typeof(PublicReports.PreparePublicReport), typeof(PublicReports.PublicReportContent),
                     typeof(PublicReports.PublicReportPage),
                 })
        {
            services.AddSingleton(type);
        }

        services.AddOptions<Confirmations.WorkerPageOptions>();
        services.AddOptions<PublicReports.PublicReportOptions>();
        services.AddOptions<Confirmations.TextMessages.TextMessageOptions>();
        services.AddTransient<Confirmations.TextMessages.TwilioBaseAddress>();
        services.AddHttpClient(Confirmations.TextMessages.TextReplies.ClientName)
            .AddHttpMessageHandler<Confirmations.TextMessages.TwilioBaseAddress>();

        // The worker page's only cookie: its anti-forgery token, for /confirm only, never sent to another site.
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "confirm-af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SuppressXFrameOptionsHeader = true;
        });
        services.AddRemediationOpenApi();
        return services;
    }

    /// <summary>
    /// Maps every route of the table under /api/v1, the health probes, the API document (/api/v1/openapi.json and
    /// .yaml), and the fallback that answers unknown routes (404) and wrong methods (405) with problem details.
    /// This is the standalone host's mapping; the Functions app has a function per route.
    /// </summary>
    public static IEndpointRouteBuilder MapRemediationApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.ServiceProvider.GetRequiredService<RemediationApi>();
        var dispatcher = endpoints.ServiceProvider.GetRequiredService<ApiDispatcher>();
        foreach (var route in api.Routes)
        {
            Func<HttpContext, Task<IResult>> handler = context =>
                dispatcher.DispatchAsync(
                    route, context.Request, context.Request.RouteValues.ToDictionary(v => v.Key, v => v.Value?.ToString() ?? string.Empty));
            var builder = endpoints.MapMethods(route.Path, [route.Method], (Delegate)handler).WithName(route.Name).WithMetadata(route);
            // The request body is described in the API document by ApiDocument, not with Accepts(): that would
            // make routing answer a wrong content type with the fallback's 404 instead of the handler's 415.
            foreach (var response in route.Responses)
            {
                builder.Produces(response.Status, response.Type, response.Type is null ? null : response.ContentType);
            }

            foreach (var status in route.ProblemStatuses())
            {
                builder.Produces<ProblemDetails>(status, ProblemResult.ContentType);
            }
        }

        endpoints.MapGet("/healthz", (HealthEndpoints health, HttpContext context) => health.Alive(context.Request))
            .WithName("Alive").WithMetadata(HostEndpoint.Alive)
            .Produces<HealthReport>(200)
            .Produces<ProblemDetails>(429, ProblemResult.ContentType)
            .Produces<ProblemDetails>(500, ProblemResult.ContentType);
        endpoints.MapGet("/readyz", (HealthEndpoints health, HttpContext context) => health.ReadyAsync(context.Request))
            .WithName("Ready").WithMetadata(HostEndpoint.Ready)
            .Produces<HealthReport>(200)
            .Produces<HealthReport>(503)
            .Produces<ProblemDetails>(429, ProblemResult.ContentType)
            .Produces<ProblemDetails>(500, ProblemResult.ContentType);
        endpoints.MapOpenApi("/api/v1/openapi.json");
        endpoints.MapOpenApi("/api/v1/openapi.yaml");
        MapWorkerPage(endpoints, "/confirm");
        var publicReport = endpoints.ServiceProvider.GetRequiredService<PublicReports.PublicReportPage>();
        Func<HttpContext, string, Task<IResult>> report = publicReport.GetAsync;
        endpoints.MapGet("/public/reports/{reportId}", (Delegate)report).ExcludeFromDescription();
        var fallback = endpoints.ServiceProvider.GetRequiredService<RouteFallback>();
        endpoints.MapFallback("/api/{**path}", (HttpContext context) => fallback.Resolve(context.Request)).ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>The worker page (no key, not part of the API document): GET <paramref name="root"/>, GET root/{code}, POST root.</summary>
    public static void MapWorkerPage(IEndpointRouteBuilder endpoints, string root)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var page = endpoints.ServiceProvider.GetRequiredService<Confirmations.Page.WorkerPage>();
        Func<HttpContext, Task<IResult>> form = page.FormAsync;
        Func<HttpContext, string, Task<IResult>> code = page.CodeAsync;
        Func<HttpContext, Task<IResult>> answer = page.PostAsync;
        endpoints.MapGet(root, (Delegate)form).ExcludeFromDescription();
        endpoints.MapGet(root + "/{code}", (Delegate)code).ExcludeFromDescription();
        endpoints.MapPost(root, (Delegate)answer).ExcludeFromDescription().DisableAntiforgery();
    }
}
