using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Remediation.Workflows.Telemetry;

namespace Remediation.Server.Telemetry;

/// <summary>
/// OpenTelemetry for the standalone server: traces of HTTP requests, outgoing HTTP calls (storage) and the product's
/// command and drain spans; the product's metrics. Exported to Application Insights when
/// APPLICATIONINSIGHTS_CONNECTION_STRING is set; collected but not exported otherwise.
/// </summary>
public static class ServerTelemetry
{
    public static IServiceCollection AddServerTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var telemetry = services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource(RemediationTelemetry.Name)
                // A worker page's address holds the worker's code: those requests are not traced at all.
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !Api.Confirmations.Page.WorkerPage.IsWorkerPath(context.Request.Path))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics.AddMeter(RemediationTelemetry.Name).AddAspNetCoreInstrumentation());
        if (!string.IsNullOrEmpty(configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]))
        {
            telemetry.UseAzureMonitor();
        }

        return services;
    }
}
