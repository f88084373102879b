using System.Collections.Immutable;
using Remediation.Domain.Currencies;

namespace Remediation.Domain.Ledger;

/// <summary>
/// Running totals of a case's ledger: money per currency and workers per line status. Kept beside the lines and
/// changed line by line, so that no read has to add up thousands of lines.
/// </summary>
public sealed record LedgerSummary
{
    public static readonly LedgerSummary Empty = new();

    public int Workers { get; init; }

    public MoneyTotals Claimed { get; init; } = MoneyTotals.Empty;

    public MoneyTotals Confirmed { get; init; } = MoneyTotals.Empty;

    public MoneyTotals Paid { get; init; } = MoneyTotals.Empty;

    public MoneyTotals Verified { get; init; } = MoneyTotals.Empty;

    public ImmutableSortedDictionary<LedgerLineStatus, int> WorkersByStatus { get; init; } = ImmutableSortedDictionary<LedgerLineStatus, int>.Empty;

    /// <summary>Payments as recorded, by the month they were paid ("2026-01"): what the dashboard charts. Disputes do not take them back.</summary>
    public ImmutableSortedDictionary<string, MoneyTotals> PaymentsByMonth { get; init; } =
        ImmutableSortedDictionary.Create<string, MoneyTotals>(StringComparer.Ordinal);

    public MoneyTotals Outstanding => Confirmed.Minus(Paid);

    /// <summary>Workers owed something (confirmed more than zero).</summary>
    public int WorkersOwed => Workers - Count(LedgerLineStatus.AwaitingFindings) - Count(LedgerLineStatus.NothingOwed);

    public int Count(LedgerLineStatus status) => WorkersByStatus.GetValueOrDefault(status);

    /// <summary>True when findings cover every worker, something is owed, and all of it is recorded as paid.</summary>
    public bool EverythingPaid =>
        Count(LedgerLineStatus.AwaitingFindings) == 0 && !Confirmed.IsZero && Outstanding.IsZero;

    public static LedgerSummary Of(IEnumerable<LedgerLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return lines.Aggregate(Empty, (summary, line) => summary.Replace(null, line));
    }

    /// <summary>The summary after <paramref name="before"/> (null for a new worker) became <paramref name="after"/>.</summary>
    public LedgerSummary Replace(LedgerLine? before, LedgerLine after)
    {
        ArgumentNullException.ThrowIfNull(after);
        var byStatus = WorkersByStatus;
        if (before is not null)
        {
            byStatus = Decrement(byStatus, before.Status);
        }

        byStatus = byStatus.SetItem(after.Status, byStatus.GetValueOrDefault(after.Status) + 1);
        return this with
        {
            Workers = Workers + (before is null ? 1 : 0),
            Claimed = Claimed.Plus(after.Claimed).Minus(before?.Claimed ?? MoneyTotals.Empty),
            Confirmed = Confirmed.Plus(after.Confirmed).Minus(before?.Confirmed ?? MoneyTotals.Empty),
            Paid = Paid.Plus(after.Paid).Minus(before?.Paid ?? MoneyTotals.Empty),
            Verified = Verified.Plus(after.Verified).Minus(before?.Verified ?? MoneyTotals.Empty),
            WorkersByStatus = byStatus,
            PaymentsByMonth = Shift(Shift(PaymentsByMonth, before?.Payments ?? [], add: false), after.Payments, add: true),
        };
    }

    private static ImmutableSortedDictionary<string, MoneyTotals> Shift(
        ImmutableSortedDictionary<string, MoneyTotals> byMonth, IEnumerable<Payment> payments, bool add)
    {
        foreach (var month in payments.GroupBy(p => p.PaidOn.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)))
        {
            var amounts = MoneyTotals.Of(month.Select(p => p.Amount));
            var current = byMonth.GetValueOrDefault(month.Key, MoneyTotals.Empty);
            var next = (add ? current.Plus(amounts) : current.Minus(amounts)).WithoutZeros();
            byMonth = next.IsZero ? byMonth.Remove(month.Key) : byMonth.SetItem(month.Key, next);
        }

        return byMonth;
    }

    private static ImmutableSortedDictionary<LedgerLineStatus, int> Decrement(
        ImmutableSortedDictionary<LedgerLineStatus, int> byStatus, LedgerLineStatus status)
    {
        var remaining = byStatus.GetValueOrDefault(status) - 1;
        return remaining > 0 ? byStatus.SetItem(status, remaining) : byStatus.Remove(status);
    }
}
