using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Cases;

/// <summary>One worker, by a pseudonymous reference only (an employee number or the partner's code; never a name or document number).</summary>
public sealed record WorkerRequest
{
    [RegularExpression(FieldPatterns.WorkerRef)]
    public required string Ref { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    [RegularExpression(FieldPatterns.CountryCode)]
    public required string Nationality { get; init; }

    public DateOnly? HiredOn { get; init; }

    public required EmploymentStatus EmploymentStatus { get; init; }

    [MaxLength(20)]
    public IReadOnlyList<FeeRequest>? Fees { get; init; }
}
