using Azure.Data.Tables;
using Remediation.Domain.Ledger;

namespace Remediation.Storage.Ledger;

/// <summary>
/// A page of a case's lines in worker order across the ledger's tables: each table's rows are read in key order,
/// older versions skipped, and the tables merged by key, reading from each only as far as the page needs.
/// </summary>
internal static class LedgerLinePages
{
    /// <summary>
    /// Up to <paramref name="size"/> newest lines from the rows <paramref name="filter"/> selects in every table, in key
    /// order, and the last worker of the page when more follow (null at the end).
    /// </summary>
    public static async Task<(List<LedgerLine> Lines, string? Last)> MergeAsync(
        IReadOnlyList<TableClient> tables, string filter, int size, CancellationToken cancellationToken)
    {
        // Each table holds about its share of the page; a worker's older versions come between its workers.
        var perPage = Math.Min(1000, (2 * size / tables.Count) + 16);
        var readers = tables.Select(t => new NewestRows(t.QueryAsync<TableEntity>(filter, perPage, cancellationToken: cancellationToken)
            .GetAsyncEnumerator(cancellationToken))).ToList();
        try
        {
            await Task.WhenAll(readers.Select(r => r.MoveNextAsync())).ConfigureAwait(false);
            var lines = new List<LedgerLine>(size);
            string? last = null;
            while (readers.Where(r => r.Current is not null).MinBy(r => r.Current!.RowKey, StringComparer.Ordinal) is { } next)
            {
                if (lines.Count == size)
                {
                    return (lines, last);
                }

                lines.Add(LedgerRows.ToLine(next.Current!));
                last = LedgerRows.WorkerOf(next.Current!.RowKey);
                await next.MoveNextAsync().ConfigureAwait(false);
            }

            return (lines, null);
        }
        finally
        {
            foreach (var reader in readers)
            {
                await reader.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>One table's rows in key order, each worker's newest version only (it sorts first).</summary>
    private sealed class NewestRows(IAsyncEnumerator<TableEntity> rows) : IAsyncDisposable
    {
        private string? worker;

        public TableEntity? Current { get; private set; }

        public async Task MoveNextAsync()
        {
            while (await rows.MoveNextAsync().ConfigureAwait(false))
            {
                var next = LedgerRows.WorkerOf(rows.Current.RowKey);
                if (next != worker)
                {
                    worker = next;
                    Current = rows.Current;
                    return;
                }
            }

            Current = null;
        }

        public ValueTask DisposeAsync() => rows.DisposeAsync();
    }
}
