using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Commands;

/// <summary>Payments to workers; each payment id makes resending the batch safe.</summary>
public sealed record PaymentsRequest
{
    [MinLength(1)]
    [MaxLength(5000)]
    public required IReadOnlyList<PaymentRequest> Payments { get; init; }
}
