using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Cases;

/// <summary>More workers for a case (POST /cases/{caseId}/workers), in the intake's shape.</summary>
public sealed record AddWorkersRequest
{
    [MinLength(1)]
    [MaxLength(5000)]
    public required IReadOnlyList<WorkerRequest> Workers { get; init; }
}
