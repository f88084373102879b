using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Remediation.Domain.Cases;
using Remediation.Workflows.Orchestration;
using Remediation.Workflows.Tests.Builders;

namespace Remediation.Workflows.Tests.Upgrades;

/// <summary>
/// Cases live for years, so the orchestrator changes under running cases. Cases started and half-way through under
/// release 1's orchestrator (frozen in <see cref="CaseOrchestratorRelease1"/>) are taken over by a worker of this
/// release on the same engine and storage: each replays its history under the new code, finishes, and runs as
/// version <see cref="CaseOrchestrator.Version"/> from its next generation on.
/// </summary>
public class UpgradeTests
{
    private static void Release1(DurableTaskRegistry registry)
    {
        registry.AddOrchestrator(CaseOrchestratorRelease1.Name, () => new CaseOrchestratorRelease1());
        foreach (var activity in WorkflowRegistration.Activities.Values)
        {
            registry.AddActivity(activity);
        }
    }

    [Fact]
    public async Task Cases_started_by_the_previous_release_finish_under_this_one()
    {
        await using var world = await CaseWorld.StartAsync(TimeSpan.FromMinutes(1), Release1);
        var waitingInTriage = await CaseJourney.OpenAsync(world);
        var midGeneration = await CaseJourney.OpenAsync(world);
        var inReimbursement = await CaseJourney.OpenAsync(world);
        await midGeneration.TriageAsync();
        await world.SendAsync(midGeneration.CaseId, CaseCommand.AddNote, CaseWorld.Partner, new Commands.Note.NotePayload("Before the upgrade."));
        await inReimbursement.ToReimbursementAsync();
        await inReimbursement.PayAsync(0.5m, "half");

        await world.RestartWorkerAsync();

        foreach (var journey in new[] { waitingInTriage, midGeneration, inReimbursement })
        {
            var @case = (await world.Cases.GetAsync(journey.CaseId))!.Value;
            if (@case.Stage == Stage.Triage)
            {
                await journey.TriageAsync();
            }

            if ((await world.Cases.GetAsync(journey.CaseId))!.Value.Stage != Stage.Reimbursement)
            {
                await journey.AcknowledgeAsync();
                await journey.SubmitFindingsAsync();
                await journey.AcceptFindingsAsync();
                await journey.SubmitPlanAsync(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(60));
                await journey.ApprovePlanAsync();
            }

            await journey.PayAsync(1m, "rest");
            Assert.Equal(CaseOrchestrator.Version, await RunningVersionAsync(world.Client, journey.CaseId));
            await journey.ConfirmReceiptsAsync("all");
            var closed = await journey.CloseRemediatedAsync();

            Assert.Equal((Stage.Closed, CaseOutcome.Remediated), (closed.Stage, closed.Outcome));
            var summary = await world.Ledger.GetSummaryAsync(journey.CaseId);
            Assert.Equal(summary.Confirmed, summary.Paid);
            Assert.Equal(summary.Confirmed, summary.Verified);
            var instance = await WaitForEndAsync(world.Client, journey.CaseId);
            Assert.Equal(OrchestrationRuntimeStatus.Completed, instance.RuntimeStatus);
        }
    }

    /// <summary>The orchestrator version the case's running generation reports in its custom status.</summary>
    private static async Task<string?> RunningVersionAsync(DurableTaskClient client, string caseId)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var status = (await client.GetInstanceAsync(caseId, getInputsAndOutputs: true))?.SerializedCustomStatus;
            var version = status is null ? null : JsonDocument.Parse(status).RootElement.TryGetProperty("Version", out var v) ? v.GetString() : null;
            if (version == CaseOrchestrator.Version || DateTime.UtcNow > until)
            {
                return version ?? status;
            }

            await Task.Delay(100);
        }
    }

    private static async Task<OrchestrationMetadata> WaitForEndAsync(DurableTaskClient client, string caseId)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var instance = await client.GetInstanceAsync(caseId);
            if (instance is { IsCompleted: true })
            {
                return instance;
            }

            Assert.True(DateTime.UtcNow < until, $"the orchestration of {caseId} did not end: {instance?.RuntimeStatus}");
            await Task.Delay(100);
        }
    }
}
