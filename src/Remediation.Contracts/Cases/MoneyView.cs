using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Cases;

/// <summary>An amount as the API writes it: a string with the currency's minor units ("20000.50"), never floating point.</summary>
public sealed record MoneyView
{
    [RegularExpression(FieldPatterns.CurrencyCode)]
    public required string Currency { get; init; }

    [RegularExpression(MoneyText.Pattern)]
    public required string Amount { get; init; }
}
