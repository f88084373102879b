using System.ComponentModel.DataAnnotations;
using Remediation.Contracts.Cases;

namespace Remediation.Contracts.Commands;

/// <summary>The caseworker accepts the grievance (links the supplier and contracts, sets the priority) or rejects it with a reason.</summary>
public sealed record TriageRequest
{
    /// <summary>true accepts, false rejects (and closes the case as Rejected).</summary>
    public required bool Accept { get; init; }

    /// <summary>Accepting: the supplier the case is against (default: the one the partner named).</summary>
    [RegularExpression("^[A-Za-z0-9._-]{1,64}$")]
    public string? SupplierId { get; init; }

    /// <summary>Accepting: the public buyer's contract references (at most 20).</summary>
    [MaxLength(20)]
    public IReadOnlyList<string>? Contracts { get; init; }

    /// <summary>Accepting: default the partner's priority.</summary>
    public Priority? Priority { get; init; }

    /// <summary>Rejecting: why (required).</summary>
    [StringLength(2000)]
    public string? Reason { get; init; }
}

/// <summary>The supplier acknowledges the case. The body may be empty or <c>{}</c>.</summary>
public sealed record AcknowledgeRequest;

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

public sealed record WorkerFindings
{
    public required string Ref { get; init; }

    /// <summary>What is repayable to this worker, per fee category and currency; an empty list means nothing is owed.</summary>
    [MaxLength(20)]
    public required IReadOnlyList<ConfirmedFee> Confirmed { get; init; }
}

public sealed record ConfirmedFee
{
    public required FeeCategory Category { get; init; }

    /// <summary>A JSON number, 0 or more, with at most the currency's decimals.</summary>
    public required decimal Amount { get; init; }

    [RegularExpression("^[A-Z]{3}$")]
    public required string Currency { get; init; }
}

/// <summary>The caseworker accepts the findings, or returns them to the supplier with a reason.</summary>
public sealed record FindingsDecisionRequest
{
    public required bool Accept { get; init; }

    /// <summary>Returning: why (required).</summary>
    [StringLength(2000)]
    public string? Reason { get; init; }
}

/// <summary>The supplier's repayment plan: instalments whose amounts add up, per currency, to everything confirmed.</summary>
public sealed record PlanRequest
{
    [MinLength(1)]
    [MaxLength(60)]
    public required IReadOnlyList<InstalmentRequest> Instalments { get; init; }
}

public sealed record InstalmentRequest
{
    /// <summary>1, 2, 3... in order.</summary>
    [Range(1, 60)]
    public required int Number { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    [MinLength(1)]
    public required IReadOnlyList<MoneyAmount> Amounts { get; init; }
}

/// <summary>An exact amount in an ISO 4217 currency, as sent: a JSON number.</summary>
public sealed record MoneyAmount
{
    public required decimal Amount { get; init; }

    [RegularExpression("^[A-Z]{3}$")]
    public required string Currency { get; init; }
}

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

/// <summary>Payments to workers; each payment id makes resending the batch safe.</summary>
public sealed record PaymentsRequest
{
    [MinLength(1)]
    [MaxLength(5000)]
    public required IReadOnlyList<PaymentRequest> Payments { get; init; }
}

public sealed record PaymentRequest
{
    public required string Ref { get; init; }

    [RegularExpression("^[A-Za-z0-9._-]{1,64}$")]
    public required string PaymentId { get; init; }

    /// <summary>A JSON number, more than 0, at most what is confirmed and still unpaid for this worker in this currency.</summary>
    public required decimal Amount { get; init; }

    [RegularExpression("^[A-Z]{3}$")]
    public required string Currency { get; init; }

    public required DateOnly PaidOn { get; init; }

    /// <summary>How it was paid: bank_transfer, cash, payroll, mobile_money...</summary>
    [StringLength(100, MinimumLength = 1)]
    public required string Method { get; init; }

    [MaxLength(20)]
    public IReadOnlyList<string>? EvidenceIds { get; init; }
}

/// <summary>What workers told the monitoring partner about the money they received.</summary>
public sealed record ReceiptsRequest
{
    [MinLength(1)]
    [MaxLength(5000)]
    public required IReadOnlyList<ReceiptRequest> Receipts { get; init; }
}

public sealed record ReceiptRequest
{
    public required string Ref { get; init; }

    [RegularExpression("^[A-Za-z0-9._-]{1,64}$")]
    public required string ReceiptId { get; init; }

    /// <summary>true: the worker confirms receiving the amount; false: the worker disputes it (the money is owed again).</summary>
    public required bool Received { get; init; }

    /// <summary>Confirmed receipts: the total the worker received in this currency.</summary>
    public decimal? Amount { get; init; }

    [RegularExpression("^[A-Z]{3}$")]
    public required string Currency { get; init; }

    [StringLength(100)]
    public string? Method { get; init; }

    /// <summary>The worker reported retaliation: the case becomes priority and caseworkers are told at once.</summary>
    public bool RetaliationReported { get; init; }

    public required DateOnly ConfirmedOn { get; init; }

    [MaxLength(20)]
    public IReadOnlyList<string>? EvidenceIds { get; init; }
}

/// <summary>Retaliation against workers who spoke to monitors. Seen by the partner and caseworkers only, never by the supplier.</summary>
public sealed record RetaliationReportRequest
{
    [StringLength(2000, MinimumLength = 1)]
    public required string Description { get; init; }

    /// <summary>Evidence of the retaliation (upload it first); every file cited becomes partner-only.</summary>
    [MaxLength(20)]
    public IReadOnlyList<string>? EvidenceIds { get; init; }
}

/// <summary>The caseworker moves the current deadline later, with a reason.</summary>
public sealed record DeadlineExtensionRequest
{
    public required DateTimeOffset NewDeadline { get; init; }

    [StringLength(2000, MinimumLength = 1)]
    public required string Reason { get; init; }
}

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<CloseOutcome>))]
public enum CloseOutcome
{
    [System.Text.Json.Serialization.JsonStringEnumMemberName("remediated")]
    Remediated,

    [System.Text.Json.Serialization.JsonStringEnumMemberName("unremediated")]
    Unremediated,

    [System.Text.Json.Serialization.JsonStringEnumMemberName("withdrawn")]
    Withdrawn,
}

/// <summary>The caseworker closes the case: remediated (coverage met), or unremediated / withdrawn with a reason.</summary>
public sealed record CloseRequest
{
    public required CloseOutcome Outcome { get; init; }

    [StringLength(2000)]
    public string? Reason { get; init; }
}

/// <summary>A note on the case's timeline, by any party of the case (also after closing).</summary>
public sealed record NoteRequest
{
    [StringLength(4000, MinimumLength = 1)]
    public required string Text { get; init; }
}
