namespace Remediation.Workflows.Commands.Payments;

/// <summary>A batch of payments to workers, each with its own id so that recording it again changes nothing.</summary>
public sealed record PaymentsPayload(IReadOnlyList<PaymentPayload>? Payments);

public sealed record PaymentPayload(
    string? Ref, string? PaymentId, decimal? Amount, string? Currency, DateOnly? PaidOn, string? Method, IReadOnlyList<string>? EvidenceIds = null);
