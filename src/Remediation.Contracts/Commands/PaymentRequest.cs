using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Commands;

public sealed record PaymentRequest
{
    public required string Ref { get; init; }

    [RegularExpression(FieldPatterns.Code)]
    public required string PaymentId { get; init; }

    /// <summary>A JSON number, more than 0, at most what is confirmed and still unpaid for this worker in this currency.</summary>
    public required decimal Amount { get; init; }

    [RegularExpression(FieldPatterns.CurrencyCode)]
    public required string Currency { get; init; }

    public required DateOnly PaidOn { get; init; }

    /// <summary>How it was paid: bank_transfer, cash, payroll, mobile_money...</summary>
    [StringLength(100, MinimumLength = 1)]
    public required string Method { get; init; }

    [MaxLength(20)]
    public IReadOnlyList<string>? EvidenceIds { get; init; }
}
