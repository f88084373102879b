using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Commands;

public sealed record WorkerFindings
{
    public required string Ref { get; init; }

    /// <summary>What is repayable to this worker, per fee category and currency; an empty list means nothing is owed.</summary>
    [MaxLength(20)]
    public required IReadOnlyList<ConfirmedFee> Confirmed { get; init; }
}
