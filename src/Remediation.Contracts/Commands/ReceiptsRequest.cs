using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Commands;

/// <summary>What workers told the monitoring partner about the money they received.</summary>
public sealed record ReceiptsRequest
{
    [MinLength(1)]
    [MaxLength(5000)]
    public required IReadOnlyList<ReceiptRequest> Receipts { get; init; }
}
