using Remediation.Domain.Cases;
using Remediation.Domain.Currencies;
using Remediation.Domain.Ledger;
using Remediation.Domain.Tests.Builders;

namespace Remediation.Domain.Tests.Ledger;

public class LedgerSummaryTests
{
    [Fact]
    public void Totals_of_a_multi_currency_case_are_exact_per_currency()
    {
        var scenario = CaseScenario.InStage(Stage.Reimbursement);

        var summary = scenario.Ledger;

        Assert.Equal(3, summary.Workers);
        Assert.Equal(MoneyTotals.Of(Money.Of(25000.5m, "THB"), Money.Of(1500m, "USD"), Money.Of(300m, "MYR")), summary.Claimed);
        Assert.Equal(summary.Claimed, summary.Confirmed);
        Assert.Equal(summary.Confirmed, summary.Outstanding);
        Assert.Equal(3, summary.Count(LedgerLineStatus.Owed));
        Assert.Equal(3, summary.WorkersOwed);
        Assert.False(summary.EverythingPaid);
    }

    [Fact]
    public void Replacing_lines_one_by_one_equals_adding_them_up_again()
    {
        var scenario = CaseScenario.InStage(Stage.Reimbursement);
        var summary = scenario.Ledger;

        for (var i = 0; i < scenario.Lines.Count; i++)
        {
            var before = scenario.Lines[i];
            var after = CaseScenario.Pay(before, before.Outstanding.WithoutZeros().Amounts[0]);
            scenario.Lines[i] = after;
            summary = summary.Replace(before, after);
        }

        var recounted = LedgerSummary.Of(scenario.Lines);
        Assert.Equal(recounted.Paid, summary.Paid);
        Assert.Equal(recounted.Outstanding, summary.Outstanding);
        Assert.Equal(recounted.WorkersByStatus, summary.WorkersByStatus);
        Assert.Equal(MoneyTotals.Of(Money.Of(1500m, "USD")), summary.Outstanding.WithoutZeros());
    }

    [Fact]
    public void Payments_are_kept_by_the_month_they_were_paid_in_and_a_line_replaced_moves_nothing_twice()
    {
        var scenario = CaseScenario.InStage(Stage.Reimbursement);
        var summary = scenario.Ledger;
        var line = scenario.Lines[0];
        var owed = line.Outstanding.WithoutZeros().Amounts[0];
        var half = new Money(decimal.Round(owed.Amount / 2, owed.Currency.MinorUnits), owed.Currency);

        var (january, _) = line.RecordPayment(new Payment("pay-jan", half, new DateOnly(2026, 1, 31), "bank_transfer", []));
        summary = summary.Replace(line, january);
        var (february, _) = january.RecordPayment(new Payment("pay-feb", half, new DateOnly(2026, 2, 1), "bank_transfer", []));
        summary = summary.Replace(january, february);

        Assert.Equal(["2026-01", "2026-02"], summary.PaymentsByMonth.Keys);
        Assert.Equal(MoneyTotals.Of(half), summary.PaymentsByMonth["2026-01"]);
        Assert.Equal(MoneyTotals.Of(half), summary.PaymentsByMonth["2026-02"]);
        scenario.Lines[0] = february;
        Assert.Equal(summary.PaymentsByMonth.ToDictionary(), LedgerSummary.Of(scenario.Lines).PaymentsByMonth.ToDictionary());
    }

    [Fact]
    public void A_batch_of_changes_summed_at_once_equals_the_same_changes_one_by_one()
    {
        var scenario = CaseScenario.InStage(Stage.Reimbursement);
        var start = scenario.Ledger;
        var changes = new List<(LedgerLine? Before, LedgerLine After)>();
        foreach (var (line, i) in scenario.Lines.Select((l, i) => (l, i)))
        {
            var owed = line.Outstanding.WithoutZeros().Amounts[0];
            var part = new Money(decimal.Round(owed.Amount / 3, owed.Currency.MinorUnits), owed.Currency);
            var (first, _) = line.RecordPayment(new Payment($"a-{i}", part, new DateOnly(2026, 1 + i, 15), "bank_transfer", []));
            var (second, _) = first.RecordPayment(new Payment($"b-{i}", part, new DateOnly(2026, 3, 1), "cash", []));
            changes.Add((line, first));
            changes.Add((first, second));
        }

        var first0 = scenario.Lines[0];
        changes.Add((null, new LedgerLine("W-NEW", first0.Nationality, first0.HiredOn, first0.EmploymentStatus, first0.Fees)));
        var oneByOne = changes.Aggregate(start, (summary, c) => summary.Replace(c.Before, c.After));
        var atOnce = start.ReplaceAll(changes);

        Assert.Equal(oneByOne.Workers, atOnce.Workers);
        Assert.Equal(oneByOne.Claimed, atOnce.Claimed);
        Assert.Equal(oneByOne.Confirmed, atOnce.Confirmed);
        Assert.Equal(oneByOne.Paid, atOnce.Paid);
        Assert.Equal(oneByOne.Verified, atOnce.Verified);
        Assert.Equal(oneByOne.WorkersByStatus, atOnce.WorkersByStatus);
        Assert.Equal(oneByOne.PaymentsByMonth.ToDictionary(), atOnce.PaymentsByMonth.ToDictionary());
        Assert.Equal(3, atOnce.PaymentsByMonth.Count);
    }

    [Fact]
    public void Everything_paid_needs_findings_for_every_worker()
    {
        Assert.False(LedgerSummary.Empty.EverythingPaid);
        Assert.False(CaseScenario.Opened().Ledger.EverythingPaid);
        Assert.True(CaseScenario.InStage(Stage.Verification).Ledger.EverythingPaid);
    }
}
