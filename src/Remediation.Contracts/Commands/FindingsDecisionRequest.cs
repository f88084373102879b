using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Commands;

/// <summary>The caseworker accepts the findings, or returns them to the supplier with a reason.</summary>
public sealed record FindingsDecisionRequest
{
    public required bool Accept { get; init; }

    /// <summary>Returning: why (required).</summary>
    [StringLength(2000)]
    public string? Reason { get; init; }
}
