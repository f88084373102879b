using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Cases;

/// <summary>A fee the worker paid: exact amount in an ISO 4217 currency, with at most the currency's minor units.</summary>
public sealed record FeeRequest
{
    public required FeeCategory Category { get; init; }

    /// <summary>A JSON number, more than 0, with at most the currency's decimals (20000.50 THB).</summary>
    public required decimal Amount { get; init; }

    /// <summary>ISO 4217, such as THB, MYR or USD.</summary>
    [RegularExpression(FieldPatterns.CurrencyCode)]
    public required string Currency { get; init; }

    /// <summary>An agent, broker, clinic...: never a worker.</summary>
    [StringLength(200)]
    public string? PaidTo { get; init; }

    public DateOnly? PaidOn { get; init; }
}
