using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Rules;
using Remediation.Domain.Tests.Builders;

namespace Remediation.Domain.Tests.Cases;

public class ClosingTests
{
    private static readonly DeadlinePolicy Policy = new();
    private static readonly VerificationPolicy Verification = new();

    [Fact]
    public void A_fully_verified_case_closes_as_remediated()
    {
        var scenario = CaseScenario.InStage(Stage.Verification).ReceiptsConfirmed();

        var closed = scenario.Case.Close(CaseScenario.Caseworker, CaseOutcome.Remediated, null, scenario.Ledger, Verification, scenario.Now, Policy);

        Assert.Equal(Stage.Closed, closed.Case.Stage);
        Assert.Equal(CaseOutcome.Remediated, closed.Case.Outcome);
        Assert.Equal(scenario.Now, closed.Case.ClosedAt);
        Assert.Null(closed.Case.Deadline);
        Assert.Equal(2, closed.Notifications.Count);
    }

    [Fact]
    public void Paid_is_not_remediated_until_workers_confirm_receipt()
    {
        var scenario = CaseScenario.InStage(Stage.Verification);

        var refused = scenario.Case.Close(CaseScenario.Caseworker, CaseOutcome.Remediated, null, scenario.Ledger, Verification, scenario.Now, Policy);

        Assert.Equal(RefusalKind.InvalidData, refused.Refusal?.Kind);
        Assert.Contains("0 of 3 workers", refused.Refusal!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Remediated_is_refused_outside_verification()
    {
        var scenario = CaseScenario.InStage(Stage.Reimbursement);

        var refused = scenario.Case.Close(CaseScenario.Caseworker, CaseOutcome.Remediated, null, scenario.Ledger, Verification, scenario.Now, Policy);

        Assert.Equal(RefusalKind.WrongStage, refused.Refusal?.Kind);
    }

    [Theory]
    [InlineData(CaseOutcome.Unremediated)]
    [InlineData(CaseOutcome.Withdrawn)]
    public void Unremediated_and_withdrawn_need_a_reason(CaseOutcome outcome)
    {
        var scenario = CaseScenario.InStage(Stage.Investigation);

        var withoutReason = scenario.Case.Close(CaseScenario.Caseworker, outcome, null, scenario.Ledger, Verification, scenario.Now, Policy);
        var withReason = scenario.Case.Close(CaseScenario.Caseworker, outcome, "Supplier left the framework agreement.", scenario.Ledger, Verification, scenario.Now, Policy);

        Assert.Equal(RefusalKind.InvalidData, withoutReason.Refusal?.Kind);
        Assert.Equal(outcome, withReason.Case.Outcome);
    }

    [Fact]
    public void Rejected_is_only_given_at_triage()
    {
        var scenario = CaseScenario.InStage(Stage.Investigation);

        Assert.Equal(RefusalKind.InvalidData, scenario.Case.Close(CaseScenario.Caseworker, CaseOutcome.Rejected, "No.", scenario.Ledger, Verification, scenario.Now, Policy).Refusal?.Kind);
    }

    [Fact]
    public void A_closed_case_accepts_notes_but_no_other_command()
    {
        var scenario = CaseScenario.InStage(Stage.Closed);

        Assert.False(scenario.Case.AddNote(CaseScenario.Caseworker, "Public report published.", scenario.Now).IsRefused);
        Assert.Equal(RefusalKind.WrongStage, scenario.Case.ExtendDeadline(CaseScenario.Caseworker, scenario.Now.AddDays(1), "Why.", scenario.Now).Refusal?.Kind);
    }

    [Fact]
    public void A_note_needs_text_within_the_limit()
    {
        var scenario = CaseScenario.InStage(Stage.Triage);

        Assert.True(scenario.Case.AddNote(CaseScenario.Partner, "", scenario.Now).IsRefused);
        Assert.True(scenario.Case.AddNote(CaseScenario.Partner, new string('x', Case.MaxNoteLength + 1), scenario.Now).IsRefused);
        Assert.Equal(CaseEventKinds.NoteAdded, Assert.Single(scenario.Case.AddNote(CaseScenario.Partner, "Interviewed 40 workers.", scenario.Now).Events).Kind);
    }
}
