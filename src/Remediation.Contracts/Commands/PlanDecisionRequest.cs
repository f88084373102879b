using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Commands;

/// <summary>The caseworker approves the plan (a plan running past the policy limit needs a justification) or rejects it with a reason.</summary>
public sealed record PlanDecisionRequest
{
    public required bool Approve { get; init; }

    /// <summary>Rejecting: why (required).</summary>
    [StringLength(2000)]
    public string? Reason { get; init; }

    /// <summary>Approving a plan whose last instalment is more than 90 days away: why that is acceptable.</summary>
    [StringLength(2000)]
    public string? Justification { get; init; }
}
