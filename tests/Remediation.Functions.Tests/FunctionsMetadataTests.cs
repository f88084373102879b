using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Remediation.Api.Routing;
using Remediation.Functions.Schedules;
using Remediation.Workflows.Orchestration;

namespace Remediation.Functions.Tests;

/// <summary>What the Functions host will see: the functions.metadata the build generates.</summary>
public class FunctionsMetadataTests
{
    private static readonly Lazy<JsonElement[]> Functions = new(() =>
    {
        var bin = AppContext.BaseDirectory.Split(Path.DirectorySeparatorChar);
        var configuration = bin[Array.LastIndexOf(bin, "bin") + 1];
        var root = Remediation.Development.AzuriteEmulator.FindRepositoryRoot(AppContext.BaseDirectory);
        var path = Path.Combine(root, "src", "Remediation.Functions", "bin", configuration, "net10.0", "functions.metadata");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement.EnumerateArray().ToArray();
    });

    private static JsonElement Trigger(string function) =>
        Functions.Value.Single(f => f.GetProperty("name").GetString() == function).GetProperty("bindings").EnumerateArray()
            .Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));

    [Fact]
    public void Every_api_route_is_an_anonymous_http_function_with_its_method_and_route()
    {
        var api = new FunctionRig().Services.GetRequiredService<RemediationApi>();

        foreach (var route in api.Routes)
        {
            var trigger = Trigger(route.Name);
            Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
            Assert.Equal("v1/" + route.Template, trigger.GetProperty("route").GetString());
            Assert.Equal([route.Method.ToLowerInvariant()], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
            Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
        }

        // Beside the route table: the API document, the two health probes, the catch-all, the worker page and public reports.
        Assert.Equal(api.Routes.Count + 8, Functions.Value.Count(f => f.GetProperty("bindings").EnumerateArray().Any(b => b.GetProperty("type").GetString() == "httpTrigger")));
        Assert.Equal("v1/openapi.json", Trigger("OpenApiDocument").GetProperty("route").GetString());
        Assert.Equal("healthz", Trigger("Alive").GetProperty("route").GetString());
        Assert.Equal("readyz", Trigger("Ready").GetProperty("route").GetString());
        Assert.Equal("{*path}", Trigger("NoSuchRoute").GetProperty("route").GetString());
        Assert.Equal("public/reports/{reportId}", Trigger("PublicReportPage").GetProperty("route").GetString());
        Assert.Equal("Anonymous", Trigger("PublicReportPage").GetProperty("authLevel").GetString());
    }

    [Fact]
    public void The_worker_page_is_served_under_the_route_prefix_without_a_key()
    {
        Assert.Equal(("confirm", "get"), Route("WorkerPageForm"));
        Assert.Equal(("confirm/{code}", "get"), Route("WorkerPageCode"));
        Assert.Equal(("confirm", "post"), Route("WorkerPageAnswer"));

        static (string?, string?) Route(string function)
        {
            var trigger = Trigger(function);
            Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
            return (trigger.GetProperty("route").GetString(), trigger.GetProperty("methods").EnumerateArray().Single().GetString());
        }
    }

    [Fact]
    public void Notifications_are_delivered_from_the_queue_the_app_setting_names()
    {
        var trigger = Trigger("DeliverNotifications");
        Assert.Equal("queueTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal($"%{Remediation.Functions.Notifications.NotificationQueueFunction.QueueSetting}%", trigger.GetProperty("queueName").GetString());
        Assert.Equal("AzureWebJobsStorage", trigger.GetProperty("connection").GetString());
    }

    [Fact]
    public void The_sweep_runs_on_the_schedule_app_setting() =>
        Assert.Equal($"%{EscalationSweepFunction.ScheduleSetting}%", Trigger("EscalationSweep").GetProperty("schedule").GetString());

    [Fact]
    public void The_history_purge_runs_on_its_schedule_app_setting() =>
        Assert.Equal($"%{Remediation.Workflows.History.HistoryPurgeSchedule.Setting}%", Trigger("HistoryPurge").GetProperty("schedule").GetString());

    [Fact]
    public void The_orchestrator_and_every_activity_have_their_triggers_under_the_names_the_orchestrator_calls()
    {
        foreach (var orchestrator in Remediation.Workflows.WorkflowRegistration.Orchestrators.Keys)
        {
            Assert.Equal("orchestrationTrigger", Trigger(orchestrator).GetProperty("type").GetString());
        }

        foreach (var activity in Remediation.Workflows.WorkflowRegistration.Activities.Keys)
        {
            Assert.Equal("activityTrigger", Trigger(activity).GetProperty("type").GetString());
        }

        Assert.Contains(CaseOrchestrator.Name, Remediation.Workflows.WorkflowRegistration.Orchestrators.Keys);
        Assert.Equal([ApplyCaseCommandActivity.Name, DrainInboxActivity.Name], Remediation.Workflows.WorkflowRegistration.Activities.Keys.Order(StringComparer.Ordinal));
    }
}
