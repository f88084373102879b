using Remediation.Domain.Cases;
using Remediation.Domain.Currencies;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Plans;
using Remediation.Domain.Rules;
using Remediation.Domain.Tests.Builders;

namespace Remediation.Domain.Tests.Cases;

public class PlanTests
{
    private static readonly DeadlinePolicy Policy = new();

    [Fact]
    public void A_plan_short_of_the_confirmed_amounts_is_refused()
    {
        var scenario = CaseScenario.InStage(Stage.RemediationPlan);
        var plan = new RepaymentPlan([new Instalment(1, scenario.Now.AddDays(30), [Money.Of(100m, "THB")])]);

        var submitted = scenario.Case.SubmitPlan(CaseScenario.Supplier, plan, scenario.Ledger, scenario.Now, Policy);

        Assert.Equal(RefusalKind.InvalidData, submitted.Refusal?.Kind);
    }

    [Fact]
    public void An_approved_plan_starts_reimbursement_with_the_first_instalment_as_deadline()
    {
        var scenario = CaseScenario.InStage(Stage.RemediationPlan).PlanSubmitted();

        var approved = scenario.Case.ApprovePlan(CaseScenario.Caseworker, null, scenario.Now, Policy);

        Assert.Equal(Stage.Reimbursement, approved.Case.Stage);
        Assert.Equal(scenario.Case.Plan!.Instalments[0].DueAt, approved.Case.Deadline);
        Assert.Null(approved.Case.PlanJustification);
    }

    [Fact]
    public void A_plan_longer_than_ninety_days_needs_a_justification()
    {
        var scenario = CaseScenario.InStage(Stage.RemediationPlan);
        var confirmed = scenario.Ledger.Confirmed.WithoutZeros().Amounts;
        var plan = new RepaymentPlan([new Instalment(1, scenario.Now.AddDays(30), [confirmed[0]]), new Instalment(2, scenario.Now.AddDays(300), [.. confirmed.Skip(1)])]);
        scenario.Apply(c => c.SubmitPlan(CaseScenario.Supplier, plan, scenario.Ledger, scenario.Now, Policy));

        var unjustified = scenario.Case.ApprovePlan(CaseScenario.Caseworker, null, scenario.Now, Policy);
        var justified = scenario.Case.ApprovePlan(CaseScenario.Caseworker, "The supplier's cash position was audited; workers agreed.", scenario.Now, Policy);

        Assert.Equal(RefusalKind.InvalidData, unjustified.Refusal?.Kind);
        Assert.Contains("justification", unjustified.Refusal!.Reason, StringComparison.Ordinal);
        Assert.Equal(Stage.Reimbursement, justified.Case.Stage);
        Assert.NotNull(justified.Case.PlanJustification);
    }

    [Fact]
    public void A_rejected_plan_goes_back_to_the_supplier()
    {
        var scenario = CaseScenario.InStage(Stage.RemediationPlan).PlanSubmitted();

        var rejected = scenario.Case.RejectPlan(CaseScenario.Caseworker, "Too slow for workers who paid up front.", scenario.Now, Policy);

        Assert.Equal(Stage.RemediationPlan, rejected.Case.Stage);
        Assert.Null(rejected.Case.Plan);
        Assert.False(rejected.Case.PlanAwaitingDecision);
        Assert.Equal(scenario.Now.AddDays(14), rejected.Case.Deadline);
    }

    [Fact]
    public void Deciding_with_no_plan_submitted_is_refused()
    {
        var scenario = CaseScenario.InStage(Stage.RemediationPlan);

        Assert.Equal(RefusalKind.WrongStage, scenario.Case.ApprovePlan(CaseScenario.Caseworker, null, scenario.Now, Policy).Refusal?.Kind);
        Assert.Equal(RefusalKind.WrongStage, scenario.Case.RejectPlan(CaseScenario.Caseworker, "No.", scenario.Now, Policy).Refusal?.Kind);
    }
}
