using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Cases;

/// <summary>
/// One currency's totals: claimed by the partner, confirmed by findings, paid, verified by workers, and still outstanding
/// (confirmed - paid).
/// </summary>
public sealed record CurrencyTotals
{
    [RegularExpression(FieldPatterns.CurrencyCode)]
    public required string Currency { get; init; }

    [RegularExpression(MoneyText.Pattern)]
    public required string Claimed { get; init; }

    [RegularExpression(MoneyText.Pattern)]
    public required string Confirmed { get; init; }

    [RegularExpression(MoneyText.Pattern)]
    public required string Paid { get; init; }

    [RegularExpression(MoneyText.Pattern)]
    public required string Verified { get; init; }

    [RegularExpression(MoneyText.Pattern)]
    public required string Outstanding { get; init; }
}
