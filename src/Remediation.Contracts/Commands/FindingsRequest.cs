using System.ComponentModel.DataAnnotations;
using Remediation.Contracts.Cases;

namespace Remediation.Contracts.Commands;

/// <summary>Investigation findings for some or all workers: the confirmed amount per fee line, on the case's basis.</summary>
public sealed record FindingsRequest
{
    public required RepaymentBasis Basis { get; init; }

    [StringLength(4000, MinimumLength = 1)]
    public required string RootCause { get; init; }

    [MinLength(1)]
    [MaxLength(5000)]
    public required IReadOnlyList<WorkerFindings> Workers { get; init; }

    /// <summary>Evidence of this case (POST /cases/{caseId}/evidence) the findings rest on.</summary>
    [MaxLength(20)]
    public IReadOnlyList<string>? EvidenceIds { get; init; }
}
