using Remediation.Domain.Currencies;
using Remediation.Domain.Geography;
using Remediation.Domain.Ledger;
using Remediation.Domain.Tests.Builders;

namespace Remediation.Domain.Tests.Ledger;

public class LedgerLineTests
{
    private static readonly Money Thb20000 = Money.Of(20000m, "THB");

    private static LedgerLine Claimed(params Money[] fees) =>
        new("W-0001", Country.Of("MM"), new DateOnly(2016, 3, 1), EmploymentStatus.Current, [.. fees.Select(f => new FeeItem(FeeCategory.RecruitmentFee, f, "agent", null))]);

    private static LedgerLine Confirmed(params Money[] amounts)
    {
        var (line, change) = Claimed(amounts).Confirm(RepaymentBasis.ZeroFee, [.. amounts.Select(a => new ConfirmedFee(FeeCategory.RecruitmentFee, a))]);
        Assert.True(change.Changed);
        return line;
    }

    private static Payment Payment(string id, decimal amount, string currency = "THB") =>
        new(id, Money.Of(amount, currency), TestClock.Today, "bank_transfer", []);

    [Fact]
    public void A_new_line_awaits_findings_and_owes_nothing_yet()
    {
        var line = Claimed(Thb20000);

        Assert.Equal(LedgerLineStatus.AwaitingFindings, line.Status);
        Assert.Equal(MoneyTotals.Of(Thb20000), line.Claimed);
        Assert.True(line.Outstanding.IsZero);
    }

    [Fact]
    public void Payment_before_findings_is_rejected()
    {
        var (_, change) = Claimed(Thb20000).RecordPayment(Payment("p1", 100m));

        Assert.True(change.IsRefused);
        Assert.Contains("no confirmed amount", change.Refusal!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Partial_payments_accumulate()
    {
        var line = Confirmed(Thb20000);
        (line, _) = line.RecordPayment(Payment("p1", 12000m));
        Assert.Equal(LedgerLineStatus.PartiallyPaid, line.Status);
        (line, _) = line.RecordPayment(Payment("p2", 7999.99m));
        (line, _) = line.RecordPayment(Payment("p3", 0.01m));

        Assert.Equal(LedgerLineStatus.Paid, line.Status);
        Assert.Equal(MoneyTotals.Of(Thb20000), line.Paid);
        Assert.True(line.Outstanding.IsZero);
    }

    [Fact]
    public void Payment_beyond_confirmed_amount_is_rejected()
    {
        var (line, _) = Confirmed(Thb20000).RecordPayment(Payment("p1", 15000m));

        var (after, change) = line.RecordPayment(Payment("p2", 5000.01m));

        Assert.True(change.IsRefused);
        Assert.Contains("more than the 5000 THB confirmed and still unpaid", change.Refusal!.Reason, StringComparison.Ordinal);
        Assert.Same(line, after);
    }

    [Fact]
    public void Payment_in_a_currency_that_is_not_owed_is_rejected()
    {
        var (_, change) = Confirmed(Thb20000).RecordPayment(Payment("p1", 10m, "USD"));

        Assert.True(change.IsRefused);
        Assert.Equal("Payment p1 to worker W-0001 is in USD, but this worker is owed nothing in USD; the confirmed amounts are in THB.", change.Refusal!.Reason);
    }

    [Fact]
    public void The_same_payment_recorded_twice_counts_once()
    {
        var (line, first) = Confirmed(Thb20000).RecordPayment(Payment("p1", 12000m));
        var (again, second) = line.RecordPayment(Payment("p1", 12000m));

        Assert.True(first.Changed);
        Assert.False(second.Changed);
        Assert.False(second.IsRefused);
        Assert.Equal(12000m, again.Paid.For(Currency.Of("THB")).Amount);
    }

    [Fact]
    public void A_payment_id_reused_with_other_details_is_rejected()
    {
        var (line, _) = Confirmed(Thb20000).RecordPayment(Payment("p1", 12000m));

        var (_, change) = line.RecordPayment(Payment("p1", 13000m));

        Assert.True(change.IsRefused);
    }

    [Fact]
    public void Zero_confirmed_means_nothing_owed()
    {
        var (line, _) = Claimed(Thb20000).Confirm(RepaymentBasis.LegalCap, [new ConfirmedFee(FeeCategory.RecruitmentFee, Money.Of(0m, "THB"))]);

        Assert.Equal(LedgerLineStatus.NothingOwed, line.Status);
    }

    [Fact]
    public void Negative_confirmed_amount_is_rejected()
    {
        var (_, change) = Claimed(Thb20000).Confirm(RepaymentBasis.ZeroFee, [new ConfirmedFee(FeeCategory.RecruitmentFee, Money.Of(-1m, "THB"))]);

        Assert.True(change.IsRefused);
    }

    [Fact]
    public void Findings_cannot_change_once_payments_started()
    {
        var (line, _) = Confirmed(Thb20000).RecordPayment(Payment("p1", 100m));

        var (_, change) = line.Confirm(RepaymentBasis.ZeroFee, [new ConfirmedFee(FeeCategory.RecruitmentFee, Money.Of(1m, "THB"))]);

        Assert.True(change.IsRefused);
    }

    [Fact]
    public void Confirmed_receipt_of_everything_verifies_the_line()
    {
        var (line, _) = Confirmed(Thb20000).RecordPayment(Payment("p1", 20000m));

        (line, var change) = line.RecordReceipt(CaseScenario.Receipt(Thb20000, received: true));

        Assert.True(change.Changed);
        Assert.Equal(LedgerLineStatus.Verified, line.Status);
        Assert.Equal(MoneyTotals.Of(Thb20000), line.Verified);
    }

    [Fact]
    public void A_disputed_receipt_reopens_the_line()
    {
        var (line, _) = Confirmed(Thb20000).RecordPayment(Payment("p1", 20000m));

        (line, _) = line.RecordReceipt(CaseScenario.Receipt(Thb20000, received: false));

        Assert.Equal(LedgerLineStatus.Disputed, line.Status);
        Assert.Equal(MoneyTotals.Of(Thb20000), line.Outstanding);
        Assert.True(line.Paid.IsZero);
        Assert.True(line.Verified.IsZero);
    }

    [Fact]
    public void A_receipt_for_less_than_paid_disputes_the_difference()
    {
        var (line, _) = Confirmed(Thb20000).RecordPayment(Payment("p1", 20000m));

        (line, _) = line.RecordReceipt(CaseScenario.Receipt(Money.Of(17000m, "THB"), received: true));

        Assert.Equal(LedgerLineStatus.Disputed, line.Status);
        Assert.Equal(MoneyTotals.Of(Money.Of(3000m, "THB")), line.Outstanding);
        Assert.Equal(MoneyTotals.Of(Money.Of(17000m, "THB")), line.Verified);
    }

    [Fact]
    public void After_a_dispute_the_supplier_pays_again_and_the_worker_confirms()
    {
        var (line, _) = Confirmed(Thb20000).RecordPayment(Payment("p1", 20000m));
        (line, _) = line.RecordReceipt(CaseScenario.Receipt(Money.Of(17000m, "THB"), received: true));

        (line, var repaid) = line.RecordPayment(Payment("p2", 3000m));
        (line, var confirmed) = line.RecordReceipt(CaseScenario.Receipt(Thb20000, received: true));

        Assert.True(repaid.Changed);
        Assert.True(confirmed.Changed);
        Assert.Equal(LedgerLineStatus.Verified, line.Status);
        Assert.Equal(MoneyTotals.Of(Thb20000), line.Paid);
        Assert.True(line.Outstanding.IsZero);
    }

    [Fact]
    public void A_receipt_for_more_than_was_paid_is_rejected()
    {
        var (line, _) = Confirmed(Thb20000).RecordPayment(Payment("p1", 10000m));

        var (_, change) = line.RecordReceipt(CaseScenario.Receipt(Thb20000, received: true));

        Assert.True(change.IsRefused);
    }

    [Fact]
    public void A_receipt_before_any_payment_is_rejected()
    {
        var (_, change) = Confirmed(Thb20000).RecordReceipt(CaseScenario.Receipt(Thb20000, received: true));

        Assert.True(change.IsRefused);
    }

    [Fact]
    public void A_receipt_recorded_twice_counts_once()
    {
        var (line, _) = Confirmed(Thb20000).RecordPayment(Payment("p1", 20000m));
        var receipt = CaseScenario.Receipt(Money.Of(15000m, "THB"), received: true);

        (line, _) = line.RecordReceipt(receipt);
        (line, var again) = line.RecordReceipt(receipt);

        Assert.False(again.Changed);
        Assert.Equal(MoneyTotals.Of(Money.Of(5000m, "THB")), line.Outstanding);
    }

    [Fact]
    public void Each_currency_of_a_line_is_paid_and_verified_on_its_own()
    {
        var usd = Money.Of(1500m, "USD");
        var myr = Money.Of(300m, "MYR");
        var line = Confirmed(usd, myr);
        (line, _) = line.RecordPayment(Payment("p1", 1500m, "USD"));

        Assert.Equal(LedgerLineStatus.PartiallyPaid, line.Status);
        Assert.Equal(MoneyTotals.Of(myr), line.Outstanding);

        (line, _) = line.RecordPayment(Payment("p2", 300m, "MYR"));
        (line, _) = line.RecordReceipt(CaseScenario.Receipt(usd, received: true));
        Assert.Equal(LedgerLineStatus.Paid, line.Status);

        (line, _) = line.RecordReceipt(CaseScenario.Receipt(myr, received: true));
        Assert.Equal(LedgerLineStatus.Verified, line.Status);
        Assert.Equal(MoneyTotals.Of(usd, myr), line.Verified);
    }
}
