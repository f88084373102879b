using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Cases;

public sealed record FactoryRequest
{
    [StringLength(200, MinimumLength = 1)]
    public required string Name { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    [RegularExpression(FieldPatterns.CountryCode)]
    public required string Country { get; init; }

    [StringLength(200)]
    public string? Site { get; init; }

    /// <summary>Optional: the sector, for the risk view.</summary>
    public FactorySector? Sector { get; init; }

    /// <summary>Optional: how many work there and how many are migrants, for the risk view.</summary>
    public WorkforceRequest? Workforce { get; init; }
}
