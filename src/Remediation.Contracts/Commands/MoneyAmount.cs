using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Commands;

/// <summary>An exact amount in an ISO 4217 currency, as sent: a JSON number.</summary>
public sealed record MoneyAmount
{
    public required decimal Amount { get; init; }

    [RegularExpression(FieldPatterns.CurrencyCode)]
    public required string Currency { get; init; }
}
