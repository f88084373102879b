using Remediation.Domain.Currencies;

namespace Remediation.Domain.Ledger;

/// <summary>
/// What a worker told the monitoring partner about the money: received or not, and in total how much in one currency.
/// A receipt for less than was recorded as paid, or none at all, is a dispute.
/// </summary>
public sealed record ReceiptConfirmation(
    string Id,
    Currency Currency,
    bool Received,
    decimal AmountReceived,
    string? Method,
    bool RetaliationReported,
    DateOnly ConfirmedOn,
    IReadOnlyList<string> EvidenceIds);
