using Remediation.Domain.Confirmations;
using Remediation.Domain.Currencies;
using Remediation.Domain.Geography;
using Remediation.Domain.Ledger;
using Remediation.Domain.Tests.Builders;

namespace Remediation.Domain.Tests.Confirmations;

public class WorkerAnswerTests
{
    private static readonly Currency Thb = Currency.Of("THB");

    /// <summary>A worker owed 20,000 THB and 300 MYR, with <paramref name="paidThb"/> THB paid (and the MYR in full).</summary>
    private static LedgerLine Line(decimal paidThb = 20000m)
    {
        var line = new LedgerLine("W-1", Country.Of("MM"), null, EmploymentStatus.Current,
            [new FeeItem(FeeCategory.RecruitmentFee, Money.Of(20000m, "THB"), "agent", null), new FeeItem(FeeCategory.Medical, Money.Of(300m, "MYR"), null, null)]);
        line = line.Confirm(RepaymentBasis.ZeroFee, [.. line.Fees.Select(f => new ConfirmedFee(f.Category, f.Amount))]).Line;
        line = CaseScenario.Pay(line, Money.Of(300m, "MYR"));
        return paidThb > 0 ? CaseScenario.Pay(line, Money.Of(paidThb, "THB")) : line;
    }

    [Fact]
    public void All_confirms_every_currency_paid_in_full_as_the_workers_own_receipts()
    {
        var (receipts, problem) = new WorkerAnswer(ReceiptAnswer.All, null, null, false).ToReceipts(Line(), "w-abc", TestClock.Today);

        Assert.Null(problem);
        Assert.Equal(["w-abc-MYR", "w-abc-THB"], receipts.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.All(receipts, r => Assert.Equal((true, WorkerAnswer.Method), (r.Received, r.Method)));
        var line = receipts.Aggregate(Line(), (l, r) => l.RecordReceipt(r).Line);
        Assert.Equal(LedgerLineStatus.Verified, line.Status);
    }

    [Fact]
    public void Part_is_a_dispute_of_the_difference_in_the_currency_named()
    {
        var (receipts, _) = new WorkerAnswer(ReceiptAnswer.Part, 15000m, Thb, Pressure: true).ToReceipts(Line(), "w-abc", TestClock.Today);

        var receipt = Assert.Single(receipts);
        Assert.Equal((Thb, 15000m, false), (receipt.Currency, receipt.AmountReceived, receipt.RetaliationReported));
        var line = Line().RecordReceipt(receipt).Line;
        Assert.Equal((LedgerLineStatus.Disputed, 5000m), (line.Status, line.Outstanding.For(Thb).Amount));
    }

    [Fact]
    public void None_disputes_everything_paid_that_was_not_confirmed_before()
    {
        var (receipts, _) = new WorkerAnswer(ReceiptAnswer.None, null, null, false).ToReceipts(Line(), "w-abc", TestClock.Today);

        Assert.Equal(2, receipts.Count);
        var line = receipts.Aggregate(Line(), (l, r) => l.RecordReceipt(r).Line);
        Assert.Equal(20300m, line.Outstanding.For(Thb).Amount + line.Outstanding.For(Currency.Of("MYR")).Amount);
    }

    [Theory]
    [InlineData(null, null, WorkerAnswer.ChooseAnswer)]
    [InlineData("Part", null, WorkerAnswer.WriteAmount)]
    [InlineData("Part", "-1", WorkerAnswer.WriteAmount)]
    [InlineData("Part", "1.001", WorkerAnswer.WriteAmount)]
    [InlineData("Part", "20000.01", WorkerAnswer.AmountTooLarge)]
    public void An_answer_that_does_not_fit_the_line_names_the_text_to_show(string? answer, string? amount, string problem)
    {
        var parsed = new WorkerAnswer(
            answer is null ? null : Enum.Parse<ReceiptAnswer>(answer),
            amount is null ? null : decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture),
            Thb,
            false);

        Assert.Equal(problem, parsed.ToReceipts(Line(), "w-abc", TestClock.Today).Problem);
    }

    [Fact]
    public void Nothing_paid_yet_asks_only_about_pressure()
    {
        var line = new LedgerLine("W-2", Country.Of("NP"), null, EmploymentStatus.Former, [new FeeItem(FeeCategory.RecruitmentFee, Money.Of(1500m, "USD"), null, null)]);

        var (receipts, problem) = new WorkerAnswer(null, null, null, Pressure: true).ToReceipts(line, "w-abc", TestClock.Today);

        Assert.Empty(receipts);
        Assert.Null(problem);
    }
}
