using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Procurement;

/// <summary>POST /contracts (caseworkers, admins): a public buyer's contract with a registered supplier.</summary>
public sealed record RegisterContractRequest
{
    /// <summary>The buyer's own reference, e.g. its contract number.</summary>
    [RegularExpression(FieldPatterns.Code)]
    public required string Id { get; init; }

    /// <summary>The public buyer (the contracting authority).</summary>
    [StringLength(200, MinimumLength = 1)]
    public required string Buyer { get; init; }

    [RegularExpression(FieldPatterns.Code)]
    public required string SupplierId { get; init; }

    public required ContractValueBand ValueBand { get; init; }

    /// <summary>ISO 4217: the currency the band is stated in.</summary>
    [RegularExpression(FieldPatterns.CurrencyCode)]
    public required string ValueCurrency { get; init; }

    public required DateOnly StartsOn { get; init; }

    /// <summary>Absent while open-ended; not before <see cref="StartsOn"/>.</summary>
    public DateOnly? EndsOn { get; init; }

    [StringLength(200)]
    public string? Title { get; init; }
}
