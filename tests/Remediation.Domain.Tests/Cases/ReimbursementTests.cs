using Remediation.Domain.Cases;
using Remediation.Domain.Currencies;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Ledger;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;
using Remediation.Domain.Tests.Builders;

namespace Remediation.Domain.Tests.Cases;

public class ReimbursementTests
{
    private static readonly DeadlinePolicy Policy = new();

    [Fact]
    public void Paying_the_first_instalment_moves_the_deadline_to_the_second()
    {
        var scenario = CaseScenario.InStage(Stage.Reimbursement);
        var plan = scenario.Case.Plan!;
        foreach (var amount in plan.Instalments[0].Amounts)
        {
            var index = scenario.Lines.FindIndex(l => l.Outstanding.For(amount.Currency).Amount >= amount.Amount);
            scenario.Lines[index] = CaseScenario.Pay(scenario.Lines[index], amount);
        }

        var paid = scenario.Case.RecordPayments(CaseScenario.Supplier, 3, scenario.Ledger, scenario.Now, Policy);

        Assert.Equal(Stage.Reimbursement, paid.Case.Stage);
        Assert.Equal(plan.Instalments[1].DueAt, paid.Case.Deadline);
        Assert.Contains(paid.Events, e => e.Kind == CaseEventKinds.InstalmentMet);
        Assert.Equal(scenario.Now, paid.Case.FirstPaymentAt);
    }

    [Fact]
    public void A_partial_payment_keeps_the_instalment_deadline()
    {
        var scenario = CaseScenario.InStage(Stage.Reimbursement);
        scenario.Lines[0] = CaseScenario.Pay(scenario.Lines[0], Money.Of(100m, "THB"));

        var paid = scenario.Case.RecordPayments(CaseScenario.Supplier, 1, scenario.Ledger, scenario.Now, Policy);

        Assert.Equal(scenario.Case.Deadline, paid.Case.Deadline);
        Assert.DoesNotContain(paid.Events, e => e.Kind == CaseEventKinds.InstalmentMet);
    }

    [Fact]
    public void When_everything_is_paid_the_case_moves_to_verification_by_itself()
    {
        var scenario = CaseScenario.InStage(Stage.Reimbursement).PaidInFull();

        Assert.Equal(Stage.Verification, scenario.Case.Stage);
        Assert.Equal(scenario.Now.AddDays(30), scenario.Case.Deadline);
        Assert.Equal(Role.Partner, scenario.Case.ResponsibleParty.Role);
    }

    [Fact]
    public void A_dispute_in_verification_sends_the_case_back_to_reimbursement()
    {
        var scenario = CaseScenario.InStage(Stage.Verification).Later(TimeSpan.FromDays(90));
        var disputed = scenario.Lines[0];
        (scenario.Lines[0], _) = disputed.RecordReceipt(CaseScenario.Receipt(disputed.Paid.Amounts[0], received: false));

        var recorded = scenario.Case.RecordReceipts(CaseScenario.Partner, 1, 1, false, scenario.Ledger, scenario.Now, Policy);

        Assert.Equal(Stage.Reimbursement, recorded.Case.Stage);
        Assert.Equal(scenario.Now.AddDays(14), recorded.Case.Deadline); // every instalment date has passed
        Assert.Contains(recorded.Events, e => e.Kind == CaseEventKinds.ReceiptDisputed);
        Assert.Contains(recorded.Notifications, n => n.RecipientRole == Role.Supplier);
        Assert.Equal(LedgerLineStatus.Disputed, scenario.Lines[0].Status);
    }

    [Fact]
    public void A_dispute_before_the_last_instalment_is_due_keeps_that_instalment_as_deadline()
    {
        var scenario = CaseScenario.InStage(Stage.Verification);
        var line = scenario.Lines[0];
        (scenario.Lines[0], _) = line.RecordReceipt(CaseScenario.Receipt(line.Paid.Amounts[0], received: false));

        var recorded = scenario.Case.RecordReceipts(CaseScenario.Partner, 1, 1, false, scenario.Ledger, scenario.Now, Policy);

        Assert.Equal(Stage.Reimbursement, recorded.Case.Stage);
        Assert.Equal(scenario.Case.Plan!.FirstUnmet(scenario.Ledger.Paid)!.DueAt, recorded.Case.Deadline);
    }

    [Fact]
    public void Disputed_then_paid_again_then_verified_allows_closing_as_remediated()
    {
        var scenario = CaseScenario.InStage(Stage.Verification);
        var line = scenario.Lines[0];
        (scenario.Lines[0], _) = line.RecordReceipt(CaseScenario.Receipt(line.Paid.Amounts[0], received: false));
        scenario.Apply(c => c.RecordReceipts(CaseScenario.Partner, 1, 1, false, scenario.Ledger, scenario.Now, Policy));
        Assert.Equal(Stage.Reimbursement, scenario.Case.Stage);

        scenario.PaidInFull();
        Assert.Equal(Stage.Verification, scenario.Case.Stage);
        scenario.ReceiptsConfirmed().ClosedRemediated();

        Assert.Equal(CaseOutcome.Remediated, scenario.Case.Outcome);
    }

    [Fact]
    public void Retaliation_reported_in_a_receipt_raises_the_case()
    {
        var scenario = CaseScenario.InStage(Stage.Verification);

        var recorded = scenario.Case.RecordReceipts(CaseScenario.Partner, 1, 0, true, scenario.Ledger, scenario.Now, Policy);

        Assert.Equal(Priority.High, recorded.Case.Priority);
        Assert.True(recorded.Case.RetaliationReported);
        Assert.Contains(recorded.Notifications, n => n.Kind == NotificationKind.RetaliationReported && n.RecipientRole == Role.Caseworker);
    }
}
