namespace Remediation.Workflows.Commands.Receipts;

/// <summary>What workers told the monitoring partner about the money they received, per worker and currency.</summary>
public sealed record ReceiptsPayload(IReadOnlyList<ReceiptPayload>? Receipts);

public sealed record ReceiptPayload(
    string? Ref,
    string? ReceiptId,
    bool Received,
    decimal? Amount,
    string? Currency,
    string? Method,
    bool RetaliationReported,
    DateOnly? ConfirmedOn,
    IReadOnlyList<string>? EvidenceIds = null);
