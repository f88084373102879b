using System.Diagnostics.CodeAnalysis;
using Remediation.Domain.Ledger;
using Remediation.Domain.Validation;

namespace Remediation.Workflows.Handling;

/// <summary>
/// Batches of items (payments, receipts) sent for many workers: checked for size, grouped by worker, and applied to
/// each worker's line in order, where the first refusal refuses that worker's items all.
/// </summary>
internal static class LineBatch
{
    /// <summary>Whether the batch holds 1 to <paramref name="max"/> items; if not, the partner is told at <paramref name="path"/>.</summary>
    public static bool IsWithin<T>([NotNullWhen(true)] IReadOnlyList<T>? items, int max, string path, string message, ErrorList errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (items is null || items.Count == 0 || items.Count > max)
        {
            errors.Add(path, message);
            return false;
        }

        return true;
    }

    /// <summary>Adds an item to its worker's list, keeping the order in which the batch sent them.</summary>
    public static void AddFor<T>(this Dictionary<string, List<T>> byWorker, string workerRef, T item)
    {
        ArgumentNullException.ThrowIfNull(byWorker);
        (byWorker.TryGetValue(workerRef, out var list) ? list : byWorker[workerRef] = []).Add(item);
    }

    /// <summary>One ledger change per worker that applies all of that worker's items.</summary>
    public static Dictionary<string, Func<LedgerLine, (LedgerLine Line, LedgerChange Change)>> PerWorker<T>(
        IReadOnlyDictionary<string, List<T>> byWorker,
        Func<LedgerLine, T, (LedgerLine Line, LedgerChange Change)> apply,
        Action<T, LedgerLine>? applied = null)
    {
        ArgumentNullException.ThrowIfNull(byWorker);
        return byWorker.ToDictionary(
            w => w.Key,
            w => (Func<LedgerLine, (LedgerLine, LedgerChange)>)(line => ApplyAll(line, w.Value, apply, applied)),
            StringComparer.Ordinal);
    }

    private static (LedgerLine Line, LedgerChange Change) ApplyAll<T>(
        LedgerLine line,
        IEnumerable<T> items,
        Func<LedgerLine, T, (LedgerLine Line, LedgerChange Change)> apply,
        Action<T, LedgerLine>? applied = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(apply);
        var changed = false;
        foreach (var item in items)
        {
            var (next, change) = apply(line, item);
            if (change.IsRefused)
            {
                return (line, change);
            }

            applied?.Invoke(item, next);
            changed |= change.Changed;
            line = next;
        }

        return (line, changed ? LedgerChange.Applied : LedgerChange.AlreadyApplied);
    }
}
