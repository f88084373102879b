using Remediation.Domain.Currencies;
using Remediation.Domain.Geography;
using Remediation.Domain.Ledger;

namespace Remediation.Storage.Tests.Builders;

/// <summary>Builds ledger lines: by default a current Myanmar worker who paid 20,000 THB, nothing confirmed yet.</summary>
internal sealed class LedgerLineBuilder
{
    private readonly List<FeeItem> fees = [];
    private string workerRef = "W-00001";
    private string nationality = "MM";
    private bool confirmed;

    public static IReadOnlyList<LedgerLine> Many(int count, decimal amount = 20000m, string currency = "THB", bool confirmed = false) =>
        [.. Enumerable.Range(1, count).Select(i => new LedgerLineBuilder().WithRef($"W-{i:D5}").WithFee(amount + (i % 7), currency).Confirmed(confirmed).Build())];

    public LedgerLineBuilder WithRef(string value)
    {
        workerRef = value;
        return this;
    }

    public LedgerLineBuilder WithNationality(string value)
    {
        nationality = value;
        return this;
    }

    public LedgerLineBuilder WithFee(decimal amount, string currency, FeeCategory category = FeeCategory.RecruitmentFee)
    {
        fees.Add(new FeeItem(category, Money.Of(amount, currency), "agent", new DateOnly(2015, 12, 1)));
        return this;
    }

    /// <summary>Findings confirm every claimed fee in full.</summary>
    public LedgerLineBuilder Confirmed(bool value = true)
    {
        confirmed = value;
        return this;
    }

    public LedgerLine Build()
    {
        var line = new LedgerLine(workerRef, Country.Of(nationality), new DateOnly(2016, 3, 1), EmploymentStatus.Current, fees.Count > 0 ? [.. fees] : [new FeeItem(FeeCategory.RecruitmentFee, Money.Of(20000m, "THB"), "agent", null)]);
        return confirmed ? line.Confirm(RepaymentBasis.ZeroFee, [.. line.Fees.Select(f => new ConfirmedFee(f.Category, f.Amount))]).Line : line;
    }
}
