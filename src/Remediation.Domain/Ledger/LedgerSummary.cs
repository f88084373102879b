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

    /// <summary>Workers whose line has at least one receipt confirmation.</summary>
    public int WorkersWithReceipt { get; init; }

    /// <summary>Workers who confirmed a receipt themselves (the worker page or a text message), not through the partner.</summary>
    public int WorkersSelfConfirmed { get; init; }

    public MoneyTotals Outstanding => Confirmed.Minus(Paid);

    private static int HasReceipt(LedgerLine? line) => line is { Receipts.Count: > 0 } ? 1 : 0;

    private static int SelfConfirmed(LedgerLine? line) =>
        line is not null && line.Receipts.Any(r => r.Method == Confirmations.WorkerAnswer.Method) ? 1 : 0;

    /// <summary>Workers owed something (confirmed more than zero).</summary>
    public int WorkersOwed => Workers - Count(LedgerLineStatus.AwaitingFindings) - Count(LedgerLineStatus.NothingOwed);

    public int Count(LedgerLineStatus status) => WorkersByStatus.GetValueOrDefault(status);

    /// <summary>True when findings cover every worker, something is owed, and all of it is recorded as paid.</summary>
    public bool EverythingPaid =>
        Count(LedgerLineStatus.AwaitingFindings) == 0 && !Confirmed.IsZero && Outstanding.IsZero;

    public static LedgerSummary Of(IEnumerable<LedgerLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return Empty.ReplaceAll(lines.Select(line => ((LedgerLine?)null, line)));
    }

    /// <summary>
    /// The summary after every change of a batch, as <see cref="Replace"/> one by one would give it, with each total
    /// summed per currency first and built once (a batch of 5,000 lines otherwise rebuilds every total 5,000 times).
    /// </summary>
    public LedgerSummary ReplaceAll(IEnumerable<(LedgerLine? Before, LedgerLine After)> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var (claimed, confirmed, paid, verified) = (new Delta(), new Delta(), new Delta(), new Delta());
        var statuses = new Dictionary<LedgerLineStatus, int>();
        var months = new SortedDictionary<string, Delta>(StringComparer.Ordinal);
        var (workers, withReceipt, selfConfirmed) = (Workers, WorkersWithReceipt, WorkersSelfConfirmed);
        foreach (var (before, after) in changes)
        {
            ArgumentNullException.ThrowIfNull(after);
            workers += before is null ? 1 : 0;
            withReceipt += HasReceipt(after) - HasReceipt(before);
            selfConfirmed += SelfConfirmed(after) - SelfConfirmed(before);
            claimed.Add(after.Claimed, before?.Claimed);
            confirmed.Add(after.Confirmed, before?.Confirmed);
            paid.Add(after.Paid, before?.Paid);
            verified.Add(after.Verified, before?.Verified);
            statuses[after.Status] = statuses.GetValueOrDefault(after.Status) + 1;
            if (before is not null)
            {
                statuses[before.Status] = statuses.GetValueOrDefault(before.Status) - 1;
            }

            foreach (var (payments, sign) in new[] { (after.Payments, 1), (before?.Payments ?? [], -1) })
            {
                foreach (var payment in payments)
                {
                    var month = payment.PaidOn.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
                    (months.TryGetValue(month, out var delta) ? delta : months[month] = new Delta()).Add(payment.Amount, sign);
                }
            }
        }

        // A part of a summary (one of the ledger's summary rows) may count a status below zero: its lines moved out of
        // a status another part counted them in. Only the sum of the parts is whole.
        var byStatus = WorkersByStatus;
        foreach (var (status, change) in statuses.Where(s => s.Value != 0))
        {
            var count = byStatus.GetValueOrDefault(status) + change;
            byStatus = count != 0 ? byStatus.SetItem(status, count) : byStatus.Remove(status);
        }

        var byMonth = PaymentsByMonth;
        foreach (var (month, delta) in months)
        {
            var next = delta.Applied(byMonth.GetValueOrDefault(month, MoneyTotals.Empty)).WithoutZeros();
            byMonth = next.IsZero ? byMonth.Remove(month) : byMonth.SetItem(month, next);
        }

        return this with
        {
            Workers = workers,
            WorkersWithReceipt = withReceipt,
            WorkersSelfConfirmed = selfConfirmed,
            Claimed = claimed.Applied(Claimed),
            Confirmed = confirmed.Applied(Confirmed),
            Paid = paid.Applied(Paid),
            Verified = verified.Applied(Verified),
            WorkersByStatus = byStatus,
            PaymentsByMonth = byMonth,
        };
    }

    /// <summary>Two parts of one ledger's summary added up (the ledger keeps its summary in parts written side by side).</summary>
    public LedgerSummary Plus(LedgerSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var byStatus = WorkersByStatus;
        foreach (var (status, count) in other.WorkersByStatus)
        {
            var sum = byStatus.GetValueOrDefault(status) + count;
            byStatus = sum != 0 ? byStatus.SetItem(status, sum) : byStatus.Remove(status);
        }

        var byMonth = PaymentsByMonth;
        foreach (var (month, amounts) in other.PaymentsByMonth)
        {
            var sum = byMonth.GetValueOrDefault(month, MoneyTotals.Empty).Plus(amounts).WithoutZeros();
            byMonth = sum.IsZero ? byMonth.Remove(month) : byMonth.SetItem(month, sum);
        }

        return this with
        {
            Workers = Workers + other.Workers,
            WorkersWithReceipt = WorkersWithReceipt + other.WorkersWithReceipt,
            WorkersSelfConfirmed = WorkersSelfConfirmed + other.WorkersSelfConfirmed,
            Claimed = Claimed.Plus(other.Claimed),
            Confirmed = Confirmed.Plus(other.Confirmed),
            Paid = Paid.Plus(other.Paid),
            Verified = Verified.Plus(other.Verified),
            WorkersByStatus = byStatus,
            PaymentsByMonth = byMonth,
        };
    }

    /// <summary>The summary after <paramref name="before"/> (null for a new worker) became <paramref name="after"/>.</summary>
    public LedgerSummary Replace(LedgerLine? before, LedgerLine after) => ReplaceAll([(before, after)]);

    /// <summary>Amounts added and taken away, per currency, exactly (decimal sums do not depend on their order).</summary>
    private sealed class Delta
    {
        private readonly List<Money> added = [];
        private readonly List<Money> removed = [];

        public void Add(MoneyTotals after, MoneyTotals? before)
        {
            added.AddRange(after.Amounts);
            removed.AddRange(before?.Amounts ?? []);
        }

        public void Add(Money amount, int sign) => (sign > 0 ? added : removed).Add(amount);

        public MoneyTotals Applied(MoneyTotals current) => current.Plus(MoneyTotals.Of(added)).Minus(MoneyTotals.Of(removed));
    }
}
