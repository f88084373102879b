using Remediation.Domain.Currencies;
using Remediation.Domain.Ledger;

namespace Remediation.Api.Views;

/// <summary>One currency's totals of a case (or a report): claimed, confirmed, paid, verified, outstanding.</summary>
public sealed record CurrencyTotalsView(string Currency, string Claimed, string Confirmed, string Paid, string Verified, string Outstanding)
{
    public static IReadOnlyList<CurrencyTotalsView> From(LedgerSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return From(summary.Claimed, summary.Confirmed, summary.Paid, summary.Verified);
    }

    public static IReadOnlyList<CurrencyTotalsView> From(MoneyTotals claimed, MoneyTotals confirmed, MoneyTotals paid, MoneyTotals verified)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        ArgumentNullException.ThrowIfNull(confirmed);
        ArgumentNullException.ThrowIfNull(paid);
        ArgumentNullException.ThrowIfNull(verified);
        var currencies = claimed.Currencies.Concat(confirmed.Currencies).Concat(paid.Currencies).Concat(verified.Currencies).DistinctBy(c => c.Code).OrderBy(c => c.Code, StringComparer.Ordinal);
        return [.. currencies.Select(c => new CurrencyTotalsView(
            c.Code,
            MoneyText.Of(claimed.For(c)),
            MoneyText.Of(confirmed.For(c)),
            MoneyText.Of(paid.For(c)),
            MoneyText.Of(verified.For(c)),
            MoneyText.Of(confirmed.For(c) - paid.For(c))))];
    }
}
