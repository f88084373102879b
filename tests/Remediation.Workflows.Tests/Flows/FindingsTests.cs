using Remediation.Domain.Cases;
using Remediation.Domain.Ledger;
using Remediation.Workflows.Tests.Builders;

namespace Remediation.Workflows.Tests.Flows;

public class FindingsTests
{
    [Fact]
    public async Task Findings_returned_twice_and_then_accepted_move_the_case_to_the_plan()
    {
        await using var world = await CaseWorld.StartAsync(TimeSpan.FromMinutes(1));
        var journey = await CaseJourney.OpenAsync(world);
        await journey.TriageAsync();
        await journey.AcknowledgeAsync();

        await journey.SubmitFindingsAsync();
        var firstReturn = await journey.ReturnFindingsAsync("Former workers are missing from the findings.");
        await journey.SubmitFindingsAsync();
        var secondReturn = await journey.ReturnFindingsAsync("Medical fees must be confirmed too.");
        await journey.SubmitFindingsAsync();
        var accepted = await journey.AcceptFindingsAsync();

        Assert.Equal((Stage.Investigation, 1), (firstReturn.Stage, firstReturn.FindingsReturnedCount));
        Assert.Equal((Stage.Investigation, 2), (secondReturn.Stage, secondReturn.FindingsReturnedCount));
        Assert.True(secondReturn.Deadline > firstReturn.Deadline);
        Assert.Equal(Stage.RemediationPlan, accepted.Stage);
        var kinds = (await world.TimelineAsync(journey.CaseId)).Select(e => e.Kind).ToList();
        Assert.Equal(3, kinds.Count(k => k == CaseEventKinds.FindingsSubmitted));
        Assert.Equal(2, kinds.Count(k => k == CaseEventKinds.FindingsReturned));
        Assert.Single(kinds, k => k == CaseEventKinds.FindingsAccepted);
        var summary = await world.Ledger.GetSummaryAsync(journey.CaseId);
        Assert.Equal(summary.Claimed, summary.Confirmed);
        Assert.Equal(3, summary.Count(LedgerLineStatus.Owed));
    }
}
