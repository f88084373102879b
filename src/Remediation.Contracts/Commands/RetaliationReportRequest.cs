using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Commands;

/// <summary>Retaliation against workers who spoke to monitors. Seen by the partner and caseworkers only, never by the supplier.</summary>
public sealed record RetaliationReportRequest
{
    [StringLength(2000, MinimumLength = 1)]
    public required string Description { get; init; }

    /// <summary>Evidence of the retaliation (upload it first); every file cited becomes partner-only.</summary>
    [MaxLength(20)]
    public IReadOnlyList<string>? EvidenceIds { get; init; }
}
