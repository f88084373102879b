using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Remediation.Api.Admin;
using Remediation.Api.Authentication;
using Remediation.Api.Cases;
using Remediation.Api.Commands;
using Remediation.Api.Reports;
using Remediation.Api.Routing;

namespace Remediation.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>The handlers, the route table and the dispatcher; stores and workflows are registered by the host.</summary>
    public static IServiceCollection AddRemediationApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ApiOptions>();
        foreach (var type in new[]
                 {
                     typeof(ApiKeyAuthenticator), typeof(ApiDispatcher), typeof(CaseAccess), typeof(CreateCase), typeof(ListCases), typeof(GetCase),
                     typeof(GetTimeline), typeof(VerifyTimeline), typeof(GetWorkers), typeof(CommandEndpoint), typeof(CaseFacts), typeof(SummaryReport), typeof(CasesCsvReport),
                     typeof(RegisterParty), typeof(IssueApiKey), typeof(RevokeApiKey), typeof(Evidence.UploadEvidence), typeof(Evidence.DownloadEvidence), typeof(RemediationApi),
                 })
        {
            services.AddSingleton(type);
        }

        return services;
    }

    /// <summary>Maps every route of the table under /api/v1 (the standalone host; the Functions app has a function per route).</summary>
    public static IEndpointRouteBuilder MapRemediationApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.ServiceProvider.GetRequiredService<RemediationApi>();
        var dispatcher = endpoints.ServiceProvider.GetRequiredService<ApiDispatcher>();
        foreach (var route in api.Routes)
        {
            Func<HttpContext, Task<IResult>> handler = context =>
                dispatcher.DispatchAsync(route, context.Request, context.Request.RouteValues.ToDictionary(v => v.Key, v => v.Value?.ToString() ?? string.Empty));
            endpoints.MapMethods(route.Path, [route.Method], (Delegate)handler).WithName(route.Name);
        }

        return endpoints;
    }
}
