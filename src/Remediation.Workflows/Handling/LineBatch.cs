using Remediation.Domain.Ledger;

namespace Remediation.Workflows.Handling;

/// <summary>Applies several items (payments, receipts) to one worker's line in order; the first refusal refuses them all.</summary>
internal static class LineBatch
{
    public static (LedgerLine Line, LedgerChange Change) ApplyAll<T>(LedgerLine line, IEnumerable<T> items, Func<LedgerLine, T, (LedgerLine Line, LedgerChange Change)> apply, Action<T, LedgerLine>? applied = null)
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
