using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Remediation.Api.Composition;
using Remediation.Functions.Hosting;
using Remediation.Workflows;

namespace Remediation.Functions.Tests;

/// <summary>
/// The Functions app's real host, built from the configuration its Program uses (no <c>func</c>, which cannot run
/// here): every function class, the orchestrator and every activity resolve from it, and its options validate.
/// </summary>
public class HostCompositionTests
{
    private static IHost BuildHost(params (string Key, string Value)[] settings)
    {
        var builder = FunctionsApplication.CreateBuilder([]);
        var configuration = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["Remediation:BootstrapAdminKey"] = "host-composition-bootstrap-key",
            ["Remediation:BootstrapAdminKeyExpiresOn"] = "2099-01-01T00:00:00Z",
            ["Remediation:Keys:Current"] = "k1",
            ["Remediation:Keys:Ring:k1"] =
                Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("host composition tests only: 44 bytes of key!")),
        };
        foreach (var (key, value) in settings)
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        return builder.ConfigureRemediation().Build();
    }

    [Fact]
    public void Every_function_class_the_orchestrator_and_every_activity_resolve_from_the_real_host()
    {
        using var host = BuildHost();
        var functionClasses = typeof(FunctionsComposition).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null))
            .ToList();

        Assert.True(functionClasses.Count >= 8, $"only {functionClasses.Count} function classes found");
        foreach (var type in functionClasses.Where(t => !t.IsAbstract || !t.IsSealed))
        {
            Assert.NotNull(ActivatorUtilities.CreateInstance(host.Services, type));
        }

        foreach (var type in WorkflowRegistration.Orchestrators.Values.Concat(WorkflowRegistration.Activities.Values))
        {
            Assert.NotNull(ActivatorUtilities.CreateInstance(host.Services, type));
        }

        Assert.Null(InvalidOptions.Find(host.Services));
    }

    [Fact]
    public void The_worker_exports_the_products_spans_and_metrics_through_open_telemetry()
    {
        using var host = BuildHost();

        Assert.NotNull(host.Services.GetService<OpenTelemetry.Trace.TracerProvider>());
        Assert.NotNull(host.Services.GetService<OpenTelemetry.Metrics.MeterProvider>());
        // A span of the product's own source is recorded: something listens to it.
        using var span = Remediation.Workflows.Telemetry.RemediationTelemetry.Source.StartActivity("host-composition-check");
        Assert.NotNull(span);
    }

    [Fact]
    public void A_bad_setting_is_named_in_one_line_before_the_host_runs()
    {
        using var host = BuildHost(("Remediation:Deadlines:DayLength", "-1.00:00:00"), ("Remediation:History:Retention", "00:00:00"));

        var problems = InvalidOptions.Find(host.Services);

        Assert.NotNull(problems);
        Assert.Contains("DayLength", problems, StringComparison.Ordinal);
        Assert.Contains("Remediation:History:Retention", problems, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_development_the_host_needs_a_key_ring_of_its_own()
    {
        using var missing = BuildHost(("Remediation:Keys:Current", ""), ("Remediation:Keys:Ring:k1", ""));
        using var published = BuildHost(("Remediation:Keys:Ring:k1", Domain.Keys.KeyRingOptions.DevelopmentKey));

        Assert.Contains("Remediation:Keys", InvalidOptions.Find(missing.Services), StringComparison.Ordinal);
        Assert.Contains("development key", InvalidOptions.Find(published.Services), StringComparison.Ordinal);
    }
}
