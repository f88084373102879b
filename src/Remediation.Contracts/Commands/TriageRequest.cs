using System.ComponentModel.DataAnnotations;
using Remediation.Contracts.Cases;

namespace Remediation.Contracts.Commands;

/// <summary>The caseworker accepts the grievance (links the supplier and contracts, sets the priority) or rejects it with a reason.</summary>
public sealed record TriageRequest
{
    /// <summary>true accepts, false rejects (and closes the case as Rejected).</summary>
    public required bool Accept { get; init; }

    /// <summary>Accepting: the supplier the case is against (default: the one the partner named).</summary>
    [RegularExpression(FieldPatterns.Code)]
    public string? SupplierId { get; init; }

    /// <summary>Accepting: the public buyer's contract references (at most 20).</summary>
    [MaxLength(20)]
    public IReadOnlyList<string>? Contracts { get; init; }

    /// <summary>Accepting: default the partner's priority.</summary>
    public Priority? Priority { get; init; }

    /// <summary>Rejecting: why (required).</summary>
    [StringLength(2000)]
    public string? Reason { get; init; }
}
