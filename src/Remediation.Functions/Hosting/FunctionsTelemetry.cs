using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Remediation.Workflows.Telemetry;

namespace Remediation.Functions.Hosting;

/// <summary>
/// OpenTelemetry for the Functions app: the worker's invocations, outgoing HTTP (storage) and the product's spans and
/// metrics, exported to Application Insights with the app's managed identity (local auth is disabled there).
/// </summary>
public static class FunctionsTelemetry
{
    public static IServiceCollection AddFunctionsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var telemetry = services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource(RemediationTelemetry.Name).AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics.AddMeter(RemediationTelemetry.Name));
        telemetry.UseFunctionsWorkerDefaults();
        if (!string.IsNullOrEmpty(configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]))
        {
            var clientId = configuration["AzureWebJobsStorage:clientId"];
            telemetry.UseAzureMonitorExporter(options =>
            {
                if (!string.IsNullOrEmpty(clientId))
                {
                    options.Credential = new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
                }
            });
        }

        return services;
    }
}
