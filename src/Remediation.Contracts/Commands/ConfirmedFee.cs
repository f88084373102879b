using System.ComponentModel.DataAnnotations;
using Remediation.Contracts.Cases;

namespace Remediation.Contracts.Commands;

public sealed record ConfirmedFee
{
    public required FeeCategory Category { get; init; }

    /// <summary>A JSON number, 0 or more, with at most the currency's decimals.</summary>
    public required decimal Amount { get; init; }

    [RegularExpression(FieldPatterns.CurrencyCode)]
    public required string Currency { get; init; }
}
