using Remediation.Domain.Cases;
using Remediation.Domain.Intake;
using Remediation.Domain.Ledger;
using Remediation.Workflows.Commands.AddWorkers;
using Remediation.Workflows.Commands.Close;
using Remediation.Workflows.Commands.Note;
using Remediation.Workflows.Tests.Builders;

namespace Remediation.Workflows.Tests.Flows;

public class ClosingTests
{
    [Fact]
    public async Task A_withdrawn_case_ends_its_orchestration_and_later_notes_are_still_recorded()
    {
        await using var world = await CaseWorld.StartAsync(TimeSpan.FromMinutes(1));
        var journey = await CaseJourney.OpenAsync(world);
        await journey.TriageAsync();

        var withdrawn = await world.SendAsync(journey.CaseId, CaseCommand.Close, CaseWorld.Caseworker, new ClosePayload("withdrawn", "The partner withdrew the grievance at the workers' request."));
        var instance = await WaitForCompletionAsync(world, journey.CaseId);
        var noted = await world.Sender.SendAsync(journey.CaseId, "note-after-close", CaseCommand.AddNote, CaseWorld.Caseworker, new NotePayload("Public report published."));

        Assert.Equal((Stage.Closed, CaseOutcome.Withdrawn), (withdrawn.Stage, withdrawn.Outcome));
        Assert.Equal("closed", instance.ReadOutputAs<string>());
        Assert.Equal(1, noted!.Handled);
        Assert.Equal(CaseEventKinds.NoteAdded, (await world.TimelineAsync(journey.CaseId))[^1].Kind);
    }

    [Fact]
    public async Task Closing_as_unremediated_without_a_reason_is_rejected()
    {
        await using var world = await CaseWorld.StartAsync(TimeSpan.FromMinutes(1));
        var journey = await CaseJourney.OpenAsync(world);

        var after = await world.SendAsync(journey.CaseId, CaseCommand.Close, CaseWorld.Caseworker, new ClosePayload("unremediated"));

        Assert.Equal(Stage.Triage, after.Stage);
        Assert.Contains("needs a reason", (await world.TimelineAsync(journey.CaseId))[^1].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workers_added_during_investigation_must_be_covered_before_findings_are_accepted()
    {
        await using var world = await CaseWorld.StartAsync(TimeSpan.FromMinutes(1));
        var journey = await CaseJourney.OpenAsync(world);
        await journey.TriageAsync();
        await journey.AcknowledgeAsync();
        await journey.SubmitFindingsAsync();

        await world.SendAsync(journey.CaseId, CaseCommand.AddWorkers, CaseWorld.Partner, new AddWorkersPayload([
            new WorkerSubmission("W-4", "NP", new DateOnly(2017, 5, 1), "former", [new FeeSubmission("recruitment_fee", 400m, "USD", "broker", null)]),
        ]));
        var refused = await journey.AcceptFindingsAsync();
        await journey.SubmitFindingsAsync();
        var accepted = await journey.AcceptFindingsAsync();

        Assert.Equal(Stage.Investigation, refused.Stage);
        Assert.Contains("1 of 4 workers have no confirmed amount", (await world.TimelineAsync(journey.CaseId)).Last(e => e.Kind == CaseEventKinds.CommandRejected).Description, StringComparison.Ordinal);
        Assert.Equal(Stage.RemediationPlan, accepted.Stage);
        Assert.Equal(4, (await world.Ledger.GetSummaryAsync(journey.CaseId)).Count(LedgerLineStatus.Owed));
    }

    private static async Task<Microsoft.DurableTask.Client.OrchestrationMetadata> WaitForCompletionAsync(CaseWorld world, string caseId)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await world.Client.GetInstanceAsync(caseId, getInputsAndOutputs: true) is { IsCompleted: true } done)
            {
                return done;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Orchestration {caseId} did not complete.");
    }
}
