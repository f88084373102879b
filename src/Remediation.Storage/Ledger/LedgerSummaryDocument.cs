using System.Collections.Immutable;
using Remediation.Domain.Ledger;
using Remediation.Storage.Serialization;

namespace Remediation.Storage.Ledger;

internal sealed record LedgerSummaryDocument(
    int Workers,
    Dictionary<string, decimal> Claimed,
    Dictionary<string, decimal> Confirmed,
    Dictionary<string, decimal> Paid,
    Dictionary<string, decimal> Verified,
    Dictionary<LedgerLineStatus, int> WorkersByStatus,
    Dictionary<string, Dictionary<string, decimal>>? PaymentsByMonth = null,
    int WorkersWithReceipt = 0,
    int WorkersSelfConfirmed = 0)
{
    public static LedgerSummaryDocument From(LedgerSummary summary) => new(
        summary.Workers,
        MoneyDocument.FromTotals(summary.Claimed),
        MoneyDocument.FromTotals(summary.Confirmed),
        MoneyDocument.FromTotals(summary.Paid),
        MoneyDocument.FromTotals(summary.Verified),
        summary.WorkersByStatus.ToDictionary(),
        summary.PaymentsByMonth.ToDictionary(p => p.Key, p => MoneyDocument.FromTotals(p.Value), StringComparer.Ordinal),
        summary.WorkersWithReceipt,
        summary.WorkersSelfConfirmed);

    public LedgerSummary ToSummary() => new()
    {
        Workers = Workers,
        // Summaries written before receipts were counted by source have none: the share is then not shown.
        WorkersWithReceipt = WorkersWithReceipt,
        WorkersSelfConfirmed = WorkersSelfConfirmed,
        Claimed = MoneyDocument.ToTotals(Claimed),
        Confirmed = MoneyDocument.ToTotals(Confirmed),
        Paid = MoneyDocument.ToTotals(Paid),
        Verified = MoneyDocument.ToTotals(Verified),
        WorkersByStatus = WorkersByStatus.ToImmutableSortedDictionary(),
        // Summaries written before payments were kept by month have none.
        PaymentsByMonth = (PaymentsByMonth ?? [])
            .ToImmutableSortedDictionary(p => p.Key, p => MoneyDocument.ToTotals(p.Value), StringComparer.Ordinal),
    };
}
