using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Ledger;
using Remediation.Domain.Rules;
using Remediation.Domain.Tests.Builders;

namespace Remediation.Domain.Tests.Cases;

public class InvestigationTests
{
    private static readonly DeadlinePolicy Policy = new();

    [Fact]
    public void Acknowledging_starts_the_investigation_clock()
    {
        var scenario = CaseScenario.InStage(Stage.SupplierAcknowledgement);

        var acknowledged = scenario.Case.Acknowledge(CaseScenario.Supplier, scenario.Now, Policy);

        Assert.Equal(Stage.Investigation, acknowledged.Case.Stage);
        Assert.Equal(scenario.Now.AddDays(30), acknowledged.Case.Deadline);
        Assert.Equal(EscalationLevel.None, acknowledged.Case.EscalationLevel);
    }

    [Fact]
    public void Submitted_findings_wait_for_a_caseworker_on_a_review_deadline()
    {
        var scenario = CaseScenario.InStage(Stage.Investigation);

        var submitted = scenario.Case.SubmitFindings(CaseScenario.Supplier, RepaymentBasis.ZeroFee, "Agents charged fees.", scenario.Now, Policy);

        Assert.True(submitted.Case.FindingsAwaitingDecision);
        Assert.Equal(Stage.Investigation, submitted.Case.Stage);
        Assert.Equal(scenario.Now.AddDays(5), submitted.Case.Deadline);
        Assert.Equal(Parties.Role.Caseworker, submitted.Case.ResponsibleParty.Role);
    }

    [Fact]
    public void Findings_without_root_cause_are_refused()
    {
        var scenario = CaseScenario.InStage(Stage.Investigation);

        Assert.Equal(RefusalKind.InvalidData, scenario.Case.SubmitFindings(CaseScenario.Supplier, RepaymentBasis.ZeroFee, "", scenario.Now, Policy).Refusal?.Kind);
    }

    [Fact]
    public void Findings_cannot_switch_basis_within_a_case()
    {
        var scenario = CaseScenario.InStage(Stage.Investigation).FindingsSubmitted();

        var switched = scenario.Case.SubmitFindings(CaseScenario.Supplier, RepaymentBasis.LegalCap, "Only the excess.", scenario.Now, Policy);

        Assert.Equal(RefusalKind.InvalidData, switched.Refusal?.Kind);
    }

    [Fact]
    public void Accepted_findings_move_the_case_to_the_plan()
    {
        var scenario = CaseScenario.InStage(Stage.Investigation).FindingsSubmitted();

        var accepted = scenario.Case.AcceptFindings(CaseScenario.Caseworker, scenario.Ledger, scenario.Now, Policy);

        Assert.Equal(Stage.RemediationPlan, accepted.Case.Stage);
        Assert.False(accepted.Case.FindingsAwaitingDecision);
        Assert.Equal(scenario.Now.AddDays(14), accepted.Case.Deadline);
    }

    [Fact]
    public void Findings_that_miss_a_worker_cannot_be_accepted()
    {
        var scenario = CaseScenario.InStage(Stage.Investigation).FindingsSubmitted();
        scenario.Lines.Add(new IntakeBuilder().WithWorker(w => w.WithRef("W-LATE")).BuildValid().Workers[0]);

        var accepted = scenario.Case.AcceptFindings(CaseScenario.Caseworker, scenario.Ledger, scenario.Now, Policy);

        Assert.Equal(RefusalKind.InvalidData, accepted.Refusal?.Kind);
        Assert.Contains("1 of 4 workers", accepted.Refusal!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Deciding_before_any_findings_is_refused_as_wrong_stage()
    {
        var scenario = CaseScenario.InStage(Stage.Investigation);

        Assert.Equal(RefusalKind.WrongStage, scenario.Case.AcceptFindings(CaseScenario.Caseworker, scenario.Ledger, scenario.Now, Policy).Refusal?.Kind);
        Assert.Equal(RefusalKind.WrongStage, scenario.Case.ReturnFindings(CaseScenario.Caseworker, "Incomplete.", scenario.Now, Policy).Refusal?.Kind);
    }

    [Fact]
    public void Returned_findings_restart_the_investigation_with_a_new_deadline()
    {
        var scenario = CaseScenario.InStage(Stage.Investigation).FindingsSubmitted();

        var returned = scenario.Case.ReturnFindings(CaseScenario.Caseworker, "Former workers are missing.", scenario.Now, Policy);

        Assert.Equal(Stage.Investigation, returned.Case.Stage);
        Assert.False(returned.Case.FindingsAwaitingDecision);
        Assert.Equal(1, returned.Case.FindingsReturnedCount);
        Assert.Equal(scenario.Now.AddDays(30), returned.Case.Deadline);
        Assert.Contains(returned.Events, e => e.Kind == CaseEventKinds.FindingsReturned && e.Description.Contains("Former workers", StringComparison.Ordinal));
    }

    [Fact]
    public void Returning_findings_needs_a_reason()
    {
        var scenario = CaseScenario.InStage(Stage.Investigation).FindingsSubmitted();

        Assert.Equal(RefusalKind.InvalidData, scenario.Case.ReturnFindings(CaseScenario.Caseworker, null, scenario.Now, Policy).Refusal?.Kind);
    }

    [Theory]
    [InlineData(Stage.Triage, true)]
    [InlineData(Stage.SupplierAcknowledgement, true)]
    [InlineData(Stage.Investigation, true)]
    [InlineData(Stage.RemediationPlan, false)]
    [InlineData(Stage.Reimbursement, false)]
    public void Workers_can_be_added_until_findings_are_accepted(Stage stage, bool allowed)
    {
        var scenario = CaseScenario.InStage(stage);

        Assert.Equal(allowed, !scenario.Case.AddWorkers(CaseScenario.Partner, 10, scenario.Now).IsRefused);
    }
}
