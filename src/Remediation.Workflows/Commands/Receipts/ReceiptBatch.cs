using Remediation.Domain.Ledger;

namespace Remediation.Workflows.Commands.Receipts;

/// <summary>
/// A checked batch of receipt confirmations: per worker, how many, whether any reports retaliation, and the evidence
/// cited by those reports (restricted to the partner and caseworkers once the batch is applied).
/// </summary>
public sealed record ReceiptBatch(
    IReadOnlyDictionary<string, List<ReceiptConfirmation>> ByWorker,
    int Count,
    bool RetaliationReported,
    IReadOnlyList<string> RetaliationEvidence);
