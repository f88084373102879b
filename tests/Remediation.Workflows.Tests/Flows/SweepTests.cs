using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Notifications;
using Remediation.Workflows.Sweep;
using Remediation.Workflows.Tests.Builders;

namespace Remediation.Workflows.Tests.Flows;

/// <summary>The daily sweep on the real engine: a case whose orchestration is gone is restarted and escalated.</summary>
public class SweepTests
{
    [Fact]
    public async Task The_sweep_restarts_a_terminated_orchestration_and_the_overdue_case_is_escalated_and_digested()
    {
        await using var world = await CaseWorld.StartAsync(TimeSpan.FromMilliseconds(200));
        var journey = await CaseJourney.OpenAsync(world);
        await world.Client.TerminateInstanceAsync(journey.CaseId, "simulated loss of the orchestration");
        await WaitForStatusAsync(world.Client, journey.CaseId, OrchestrationRuntimeStatus.Terminated);
        var deadline = (await world.Cases.GetAsync(journey.CaseId))!.Value.Deadline!.Value;
        if (deadline.AddMilliseconds(100) - DateTimeOffset.UtcNow is { } wait && wait > TimeSpan.Zero)
        {
            await Task.Delay(wait); // until the triage deadline has passed
        }

        var result = await world.Host.Services.GetRequiredService<EscalationSweep>().RunAsync();
        var escalated = await world.WaitForAsync(journey.CaseId, c => c.EscalationLevel >= EscalationLevel.Reminder, "the restarted orchestration to escalate");

        Assert.Equal(1, result.OrchestrationsRestarted);
        Assert.Contains(journey.CaseId, result.OverdueCaseIds);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await world.Client.GetInstanceAsync(journey.CaseId))!.RuntimeStatus);
        Assert.True(escalated.EscalationLevel >= EscalationLevel.Reminder);
        var digest = await world.Outbox.ForCaseAsync($"digest-{DateTimeOffset.UtcNow:yyyyMMdd}");
        Assert.Contains(digest, d => d.Notification.Kind == NotificationKind.OverdueDigest && d.Notification.Message.Contains(journey.CaseId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sweep_gives_report_facts_to_cases_saved_before_they_existed()
    {
        await using var world = await CaseWorld.StartAsync(TimeSpan.FromMinutes(1));
        var journey = await CaseJourney.OpenAsync(world);
        var facts = world.Host.Services.GetRequiredService<Remediation.Domain.Reporting.IReportFacts>();
        var tables = world.Host.Services.GetRequiredService<Remediation.Storage.RemediationTables>();

        // As after an upgrade: the case is stored, its report facts are not.
        await foreach (var row in tables.ReportFacts.QueryAsync<Azure.Data.Tables.TableEntity>())
        {
            await tables.ReportFacts.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }

        Assert.Equal(0, (await facts.DashboardAsync()).Cases);
        var result = await world.Host.Services.GetRequiredService<EscalationSweep>().RunAsync();

        Assert.Equal(1, result.ReportFactsRepaired);
        Assert.Equal(1, (await facts.DashboardAsync()).Cases);
        Assert.Equal(0, (await world.Host.Services.GetRequiredService<EscalationSweep>().RunAsync()).ReportFactsRepaired);
        Assert.True(await facts.RevisionAsync(journey.CaseId) >= 1);
    }

    private static async Task WaitForStatusAsync(DurableTaskClient client, string instanceId, OrchestrationRuntimeStatus status)
    {
        for (var i = 0; i < 100 && (await client.GetInstanceAsync(instanceId))?.RuntimeStatus != status; i++)
        {
            await Task.Delay(50);
        }
    }
}
