using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Commands;

public sealed record ReceiptRequest
{
    public required string Ref { get; init; }

    [RegularExpression(FieldPatterns.Code)]
    public required string ReceiptId { get; init; }

    /// <summary>true: the worker confirms receiving the amount; false: the worker disputes it (the money is owed again).</summary>
    public required bool Received { get; init; }

    /// <summary>Confirmed receipts: the total the worker received in this currency.</summary>
    public decimal? Amount { get; init; }

    [RegularExpression(FieldPatterns.CurrencyCode)]
    public required string Currency { get; init; }

    [StringLength(100)]
    public string? Method { get; init; }

    /// <summary>The worker reported retaliation: the case becomes priority and caseworkers are told at once.</summary>
    public bool RetaliationReported { get; init; }

    public required DateOnly ConfirmedOn { get; init; }

    [MaxLength(20)]
    public IReadOnlyList<string>? EvidenceIds { get; init; }
}
