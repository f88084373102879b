using Azure;
using Azure.Data.Tables;
using Remediation.Domain.Ledger;
using Remediation.Domain.Paging;
using Remediation.Domain.Rules;
using Remediation.Storage.Limits;
using Remediation.Storage.Paging;

namespace Remediation.Storage.Ledger;

/// <summary>
/// The ledger in one table partition per case in each of the case's ledger tables, a large case's workers spread over
/// four (<see cref="LedgerShard"/>). Lines are written in transactions of at most 100 entities in one table, each holding up
/// to 98 lines, that table's part of the summary (ETag-checked) and a marker for the command's chunk: a chunk is
/// written whole or not at all, exactly once, and the summary can never drift from the lines. A change to a line is
/// a new version of it, inserted under the next version's key: two writers of the same version cannot both succeed
/// (the second insert conflicts, as an ETag would), and no row is ever updated in place, which keeps a batch's cost
/// flat on Azurite, where replacing an entity costs more the larger the table (docs/decisions.md). Changes to
/// existing lines need no marker: every change is idempotent in the domain (payments and receipts carry ids,
/// findings are compared), so a retried command finds its work done and writes nothing.
/// </summary>
public sealed class TableLedgerStore(RemediationTables tables, Domain.Keys.KeyRing keys) : ILedgerStore, IDisposable
{
    private const int LinesPerTransaction = 98;
    private const int RunLength = 1000;
    private const int PointReadRun = 4;
    private const int ParallelReads = 8;

    /// <summary>
    /// A range read goes on while it passes at most this many other workers between two wanted ones (a 10 %
    /// verification sample passes 9); past a longer gap, the workers still wanted are read one by one. On Azurite
    /// every query scans the table, so a few long ranges beat many short reads.
    /// </summary>
    private const int MaxGap = 32;
    private const int MaxAttempts = 5;

    private readonly PageTokens tokens = new(keys);
    private readonly LedgerLineCache cache = new();

    private TableClient TableOf(int shard) => tables.LedgerShards[shard];

    public void Dispose() => cache.Dispose();

    public async Task<LedgerWrite> AddLinesAsync(
        string caseId, string commandId, IReadOnlyList<LedgerLine> lines, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(caseId);
        ArgumentException.ThrowIfNullOrEmpty(commandId);
        ArgumentNullException.ThrowIfNull(lines);
        // Lines first, markers second: a line written by a concurrent run of this same command is then always
        // covered by a marker we see, and is not mistaken for a worker added twice.
        var summary = await ReadSummaryAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (!summary.Exists && LedgerShard.TablesFor(lines.Count) is > 1 and var spread)
        {
            // A new large ledger: its other parts may exist already, written by a run of this command that stopped.
            summary = await ReadSummaryAsync(caseId, cancellationToken, spread).ConfigureAwait(false);
        }

        var chunks = Chunks(lines, summary.Count);
        var existing = await ReadLinesAsync(caseId, summary, [.. lines.Select(l => l.WorkerRef)], cancellationToken).ConfigureAwait(false);
        var done = await CompletedChunksAsync(caseId, commandId, chunks, cancellationToken).ConfigureAwait(false);
        var pending = Enumerable.Range(0, chunks.Count).Where(i => !done.Contains(i)).ToList();
        var duplicates = pending.SelectMany(i => chunks[i].Lines).Select(l => l.WorkerRef).Where(existing.ContainsKey).ToList();
        if (duplicates.Count > 0)
        {
            return Refused(summary.Value, duplicates.ToDictionary(r => r, AlreadyInCase));
        }

        var added = chunks.Select(chunk => chunk.Lines.Select(line => Change.Of(caseId, null, line, 0)).ToList()).ToList();
        if (TooLarge(added.SelectMany(c => c)) is { Count: > 0 } tooLarge)
        {
            return Refused(summary.Value, tooLarge);
        }

        var written = 0;
        await InLanesAsync(pending.Select(i => (i, chunks[i].Shard)), async (i, lane) =>
        {
            try
            {
                await WriteChunkAsync(caseId, LedgerRows.Marker(commandId, i), summary, lane, added[i], cancellationToken)
                    .ConfigureAwait(false);
                Interlocked.Add(ref written, chunks[i].Lines.Length);
            }
            catch (TableTransactionFailedException e) when (e.IsConflict())
            {
                // The same command running twice at once (an activity delivered twice): if the other run wrote this
                // chunk, carry on from its summary; otherwise this is a real conflict.
                if (!(await CompletedChunksAsync(caseId, commandId, chunks, cancellationToken).ConfigureAwait(false)).Contains(i))
                {
                    throw;
                }

                var again = await ReadSummaryAsync(caseId, cancellationToken, summary.Count).ConfigureAwait(false);
                summary.Set(lane, again.Part(lane), again.ETagOf(lane));
            }
        }).ConfigureAwait(false);

        return new LedgerWrite(summary.Value, written, new Dictionary<string, Refusal>());
    }

    public async Task<LedgerWrite> PreviewAddLinesAsync(string caseId, IReadOnlyList<LedgerLine> lines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var read = await ReadSummaryAsync(caseId, cancellationToken).ConfigureAwait(false);
        var summary = read.Value;
        var existing = await ReadLinesAsync(caseId, read, [.. lines.Select(l => l.WorkerRef)], cancellationToken).ConfigureAwait(false);
        var tooLarge = TooLarge(lines.Select(line => Change.Of(caseId, null, line, 0)));
        return existing.Count > 0 ? Refused(summary, existing.Keys.ToDictionary(r => r, AlreadyInCase))
            : tooLarge.Count > 0 ? Refused(summary, tooLarge)
            : new LedgerWrite(summary.ReplaceAll(lines.Select(l => ((LedgerLine?)null, l))), lines.Count, new Dictionary<string, Refusal>());
    }

    public async Task<LedgerWrite> PreviewChangeLinesAsync(
        string caseId,
        IReadOnlyDictionary<string, Func<LedgerLine, (LedgerLine Line, LedgerChange Change)>> change,
        CancellationToken cancellationToken = default)
    {
        var (summary, changed, refusals) = await ApplyInMemoryAsync(caseId, change, cancellationToken).ConfigureAwait(false);
        return refusals.Count > 0
            ? Refused(summary.Value, refusals)
            : new LedgerWrite(summary.Value.ReplaceAll(changed.Select(l => (l.Before, l.After))), changed.Count, refusals);
    }

    public async Task<LedgerWrite> ChangeLinesAsync(
        string caseId,
        IReadOnlyDictionary<string, Func<LedgerLine, (LedgerLine Line, LedgerChange Change)>> change,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(caseId);
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            // Apply everything in memory first: one refusal anywhere and nothing is written.
            var (summary, changed, refusals) = await ApplyInMemoryAsync(caseId, change, cancellationToken).ConfigureAwait(false);
            if (refusals.Count > 0)
            {
                return Refused(summary.Value, refusals);
            }

            try
            {
                var transactions = changed.GroupBy(c => LedgerShard.Of(c.After.WorkerRef, summary.Count))
                    .SelectMany(shard => Transactions(shard).Select(lines => (Shard: shard.Key, Lines: lines)))
                    .ToList();
                await InLanesAsync(
                    transactions.Select((t, i) => (i, t.Shard)),
                    (i, lane) => WriteChunkAsync(caseId, null, summary, lane, transactions[i].Lines, cancellationToken)).ConfigureAwait(false);

                return new LedgerWrite(summary.Value, changed.Count, new Dictionary<string, Refusal>());
            }
            catch (TableTransactionFailedException e) when (e.IsConflict() && attempt < MaxAttempts)
            {
                // Someone else changed a line or the summary since we read them. Changes are idempotent (payments
                // and receipts carry ids), so applying them again to fresh lines is safe.
            }
        }
    }

    public async Task<LedgerSummary> GetSummaryAsync(string caseId, CancellationToken cancellationToken = default) =>
        (await ReadSummaryAsync(caseId, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<LedgerLine?> GetLineAsync(string caseId, string workerRef, CancellationToken cancellationToken = default)
    {
        var table = TableOf(LedgerShard.Of(workerRef, await TablesOfAsync(caseId, cancellationToken).ConfigureAwait(false)));
        return await NewestAsync(table, caseId, LedgerRows.LineStart(workerRef), cancellationToken).ConfigureAwait(false) is { } row
            ? LedgerRows.ToLine(row)
            : null;
    }

    /// <summary>Many workers' lines: runs of neighbouring references read as one range, the rest point by point.</summary>
    public async Task<IReadOnlyDictionary<string, LedgerLine>> GetLinesAsync(
        string caseId, IReadOnlyList<string> workerRefs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workerRefs);
        var tables = await TablesOfAsync(caseId, cancellationToken).ConfigureAwait(false);
        var stored = await ReadStoredLinesAsync(caseId, tables, workerRefs, cancellationToken).ConfigureAwait(false);
        return stored.ToDictionary(p => p.Key, p => p.Value.Line, StringComparer.Ordinal);
    }

    /// <summary>
    /// A page of workers in key order, each at its newest version. The continuation token is the key just past the
    /// page's last worker, so a page never splits one worker's versions.
    /// </summary>
    public async Task<Paged<LedgerLine>> GetLinesAsync(string caseId, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        var scope = "ledger:" + caseId;
        var from = tokens.Decode(scope, page.ContinuationToken) ?? LedgerRows.LinePrefix;
        if (!from.StartsWith(LedgerRows.LinePrefix, StringComparison.Ordinal))
        {
            throw new InvalidContinuationTokenException("The continuation token was not accepted; start again from the first page.");
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {caseId} and RowKey ge {from} and RowKey lt {LedgerRows.LineEnd}");
        var spread = tables.LedgerShards.Take(await TablesOfAsync(caseId, cancellationToken).ConfigureAwait(false)).ToList();
        var (lines, last) = await LedgerLinePages.MergeAsync(spread, filter, page.ClampedSize, cancellationToken).ConfigureAwait(false);
        return new Paged<LedgerLine>(lines, last is null ? null : tokens.Encode(scope, LedgerRows.LineStop(last)));
    }

    private static LedgerWrite Refused(LedgerSummary summary, Dictionary<string, Refusal> refusals) => new(summary, 0, refusals);

    /// <summary>Writes the numbered transactions in their tables' lanes: each lane in order, the lanes side by side.</summary>
    private static Task InLanesAsync(IEnumerable<(int Transaction, int Lane)> transactions, Func<int, int, Task> write) =>
        Task.WhenAll(transactions.GroupBy(t => t.Lane).Select(async lane =>
        {
            foreach (var (i, _) in lane)
            {
                await write(i, lane.Key).ConfigureAwait(false);
            }
        }));

    /// <summary>
    /// A command's new lines cut into numbered chunks, each of one table's lines: the same lines always give the same
    /// chunks, so a retried command finds the markers of the chunks it wrote.
    /// </summary>
    private static List<(int Shard, LedgerLine[] Lines)> Chunks(IReadOnlyList<LedgerLine> lines, int tables) =>
        [.. lines.GroupBy(l => LedgerShard.Of(l.WorkerRef, tables)).OrderBy(g => g.Key)
            .SelectMany(shard => shard.Chunk(LinesPerTransaction).Select(chunk => (shard.Key, chunk)))];

    private static Refusal AlreadyInCase(string workerRef) =>
        Refusal.Invalid($"Worker {workerRef} is already in this case; each worker has one line.");

    /// <summary>
    /// Lines that one table entity could not hold (the domain's limits on items per worker should keep every line far
    /// below, so this is the last guard): refused before anything is written, so a command never fails half-way.
    /// </summary>
    private static Dictionary<string, Refusal> TooLarge(IEnumerable<Change> lines) =>
        lines.Select(l => (l.After.WorkerRef, Problem: TableLimits.ProblemOf(l.Entity)))
            .Where(l => l.Problem is not null)
            .ToDictionary(
                l => l.WorkerRef,
                l => Refusal.Invalid(
                    $"Worker {l.WorkerRef}'s ledger line would be too large to store ({l.Problem}); send fewer items for this worker."),
                StringComparer.Ordinal);

    /// <summary>
    /// Changed lines cut into transactions of at most <see cref="LinesPerTransaction"/> lines and about half of the
    /// 4 MiB a transaction may carry (its payload is UTF-8 JSON, up to 1.5 times the entities' own size).
    /// </summary>
    private static IEnumerable<Change[]> Transactions(IEnumerable<Change> changed)
    {
        var batch = new List<Change>();
        long bytes = 0;
        foreach (var line in changed)
        {
            var size = TableLimits.SizeOf(line.Entity);
            if (batch.Count > 0 && (batch.Count == LinesPerTransaction || bytes + size > TableLimits.MaxBatchBytes / 2))
            {
                yield return [.. batch];
                batch.Clear();
                bytes = 0;
            }

            batch.Add(line);
            bytes += size;
        }

        if (batch.Count > 0)
        {
            yield return [.. batch];
        }
    }

    private async Task<(SummaryParts Summary, List<Change> Changed, Dictionary<string, Refusal> Refusals)> ApplyInMemoryAsync(
        string caseId,
        IReadOnlyDictionary<string, Func<LedgerLine, (LedgerLine Line, LedgerChange Change)>> change,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(caseId);
        ArgumentNullException.ThrowIfNull(change);
        var summary = await ReadSummaryAsync(caseId, cancellationToken).ConfigureAwait(false);
        var current = await ReadLinesAsync(caseId, summary, [.. change.Keys], cancellationToken).ConfigureAwait(false);
        var refusals = new Dictionary<string, Refusal>(StringComparer.Ordinal);
        var changed = new List<Change>();
        foreach (var (workerRef, apply) in change.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            if (!current.TryGetValue(workerRef, out var stored))
            {
                refusals[workerRef] = Refusal.Invalid($"There is no worker {workerRef} in this case.");
                continue;
            }

            var (after, result) = apply(stored.Line);
            if (result.Refusal is { } refusal)
            {
                refusals[workerRef] = refusal;
            }
            else if (result.Changed)
            {
                changed.Add(Change.Of(caseId, stored.Line, after, stored.Version));
            }
        }

        foreach (var (workerRef, refusal) in TooLarge(changed))
        {
            refusals[workerRef] = refusal;
        }

        return (summary, changed, refusals);
    }

    /// <summary>
    /// One transaction in the table of lane <paramref name="lane"/>: each line's next version (after <c>Version</c>, 0 for a
    /// new line), that table's part of the summary moved on by exactly their change (ETag-checked), and the chunk's
    /// marker if any.
    /// </summary>
    private async Task WriteChunkAsync(
        string caseId,
        string? marker,
        SummaryParts summary,
        int lane,
        IReadOnlyList<Change> lines,
        CancellationToken cancellationToken)
    {
        var next = summary.Part(lane).ReplaceAll(lines.Select(l => (l.Before, l.After)));
        var actions = new List<TableTransactionAction>(lines.Count + 2);
        if (marker is not null)
        {
            actions.Add(new(TableTransactionActionType.Add, new TableEntity(caseId, marker) { ["Lines"] = lines.Count }));
        }

        actions.AddRange(lines.Select(l => new TableTransactionAction(TableTransactionActionType.Add, l.Entity)));
        var before = summary.ETagOf(lane);
        var part = LedgerRows.SummaryEntity(caseId, next, lane, summary.Count);
        actions.Add(before is { } summaryETag
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, part, summaryETag)
            : new TableTransactionAction(TableTransactionActionType.Add, part));

        Response<IReadOnlyList<Response>> response;
        using (TableLimits.MeasuredTransaction([.. actions.Select(a => (TableEntity)a.Entity)]))
        {
            response = await TableOf(lane).SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
        }

        var etag = response.Value[^1].Headers.ETag;
        summary.Set(lane, next, etag);
        if (etag is { } after)
        {
            cache.Written(caseId, lane, before ?? LedgerLineCache.NoSummary, after, lines.Select(l => (l.After, l.Version + 1)));
        }
    }

    /// <summary>The chunks of this command already written: a point read of each marker (on Azurite a query scans the table).</summary>
    private async Task<HashSet<int>> CompletedChunksAsync(
        string caseId, string commandId, List<(int Shard, LedgerLine[] Lines)> chunks, CancellationToken cancellationToken)
    {
        var done = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, chunks.Count),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken },
            async (chunk, token) =>
            {
                var marker = await TableOf(chunks[chunk].Shard).GetEntityIfExistsAsync<TableEntity>(
                    caseId, LedgerRows.Marker(commandId, chunk), ["RowKey"], token).ConfigureAwait(false);
                if (marker.HasValue)
                {
                    done[chunk] = true;
                }
            }).ConfigureAwait(false);
        return [.. done.Keys];
    }

    /// <summary>How many tables the case's ledger uses: one point read of its first summary part.</summary>
    private async Task<int> TablesOfAsync(string caseId, CancellationToken cancellationToken)
    {
        var first = await TableOf(0).GetEntityIfExistsAsync<TableEntity>(
            caseId, LedgerRows.Summary, [LedgerRows.TablesProperty], cancellationToken).ConfigureAwait(false);
        return first.HasValue ? LedgerRows.TablesOf(first.Value!) : 1;
    }

    /// <summary>
    /// Every part of the case's summary, one in each of its ledger tables: the first, which says how many there are
    /// (or <paramref name="tables"/> when known), then the others side by side. A ledger not yet written reads as one
    /// empty part.
    /// </summary>
    private async Task<SummaryParts> ReadSummaryAsync(string caseId, CancellationToken cancellationToken, int? tables = null)
    {
        var first = await TableOf(0).GetEntityIfExistsAsync<TableEntity>(caseId, LedgerRows.Summary, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        var count = tables ?? (first.HasValue ? LedgerRows.TablesOf(first.Value!) : 1);
        var others = await Task.WhenAll(Enumerable.Range(1, count - 1).Select(shard =>
            TableOf(shard).GetEntityIfExistsAsync<TableEntity>(caseId, LedgerRows.Summary, cancellationToken: cancellationToken)))
            .ConfigureAwait(false);
        NullableResponse<TableEntity>[] parts = [first, .. others];
        return new SummaryParts(
            [.. parts.Select(p => p.HasValue ? LedgerRows.ToSummary(p.Value!) : LedgerSummary.Empty)],
            [.. parts.Select(p => p.HasValue ? p.Value!.ETag : (ETag?)null)]);
    }

    /// <summary>
    /// The newest versions of the lines among <paramref name="refs"/>, as of the summary just read: from the
    /// <see cref="LedgerLineCache"/> while the summary is still where the cache saw it, from storage otherwise.
    /// </summary>
    private async Task<Dictionary<string, (LedgerLine Line, long Version)>> ReadLinesAsync(
        string caseId, SummaryParts summary, IReadOnlyList<string> refs, CancellationToken cancellationToken)
    {
        var versions = summary.Versions;
        var (cached, unknown) = cache.Read(caseId, versions, summary.Value.Workers, refs);
        if (unknown.Count == 0)
        {
            return cached;
        }

        var read = await ReadStoredLinesAsync(caseId, summary.Count, unknown, cancellationToken).ConfigureAwait(false);
        cache.Remember(caseId, versions, read);
        foreach (var (workerRef, line) in read)
        {
            cached[workerRef] = line;
        }

        return cached;
    }

    /// <summary>
    /// The newest stored versions of the lines among <paramref name="refs"/>, at a cost that follows the batch, not the
    /// case: the refs are sorted and cut into runs of <see cref="RunLength"/>; each run is read as one key range (a
    /// payroll batch names neighbouring workers, so the range holds little else), given up for reads of each worker
    /// still missing after a gap of more than <see cref="MaxGap"/> workers. At most
    /// <see cref="ParallelReads"/> reads at once.
    /// </summary>
    private async Task<Dictionary<string, (LedgerLine Line, long Version)>> ReadStoredLinesAsync(
        string caseId, int tables, IReadOnlyList<string> refs, CancellationToken cancellationToken)
    {
        var found = new System.Collections.Concurrent.ConcurrentDictionary<string, (LedgerLine Line, long Version)>(StringComparer.Ordinal);
        var runs = refs.Distinct(StringComparer.Ordinal).GroupBy(r => LedgerShard.Of(r, tables))
            .SelectMany(shard => shard.OrderBy(LedgerRows.LineStart, StringComparer.Ordinal).Chunk(RunLength)
                .Select(run => (Table: TableOf(shard.Key), Refs: run)));
        await Parallel.ForEachAsync(
            runs,
            new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken },
            async (run, token) =>
            {
                var missing = run.Refs.Length <= PointReadRun
                    ? run.Refs.ToHashSet(StringComparer.Ordinal)
                    : await ReadRangeAsync(run.Table, caseId, run.Refs, found, token).ConfigureAwait(false);
                foreach (var workerRef in missing)
                {
                    if (await NewestAsync(run.Table, caseId, LedgerRows.LineStart(workerRef), token).ConfigureAwait(false) is { } row)
                    {
                        found[workerRef] = (LedgerRows.ToLine(row), LedgerRows.VersionOf(row));
                    }
                }
            }).ConfigureAwait(false);
        return new Dictionary<string, (LedgerLine Line, long Version)>(found, StringComparer.Ordinal);
    }

    /// <summary>Reads the run's key range; returns the workers still to read one by one (none when the range was dense).</summary>
    private static async Task<HashSet<string>> ReadRangeAsync(
        TableClient table,
        string caseId,
        string[] run,
        System.Collections.Concurrent.ConcurrentDictionary<string, (LedgerLine Line, long Version)> found,
        CancellationToken cancellationToken)
    {
        var wanted = run.ToHashSet(StringComparer.Ordinal);
        var gap = 0;
        string? last = null;
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {caseId} and RowKey ge {LedgerRows.LineStart(run[0])} and RowKey lt {LedgerRows.LineStop(run[^1])}");
        await foreach (var row in table.QueryAsync<TableEntity>(
            filter, Math.Min(1000, (2 * run.Length) + MaxGap), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var workerRef = LedgerRows.WorkerOf(row.RowKey);
            if (workerRef == last)
            {
                continue; // an older version
            }

            last = workerRef;
            if (wanted.Remove(workerRef))
            {
                found[workerRef] = (LedgerRows.ToLine(row), LedgerRows.VersionOf(row));
                gap = 0;
            }
            else if (++gap > MaxGap)
            {
                return wanted;
            }

            if (wanted.Count == 0)
            {
                return wanted;
            }
        }

        // The range is read to its end: what is not found does not exist.
        return [];
    }

    /// <summary>The first row at or after <paramref name="start"/> within one worker's versions: its newest.</summary>
    private static async Task<TableEntity?> NewestAsync(TableClient table, string caseId, string start, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {caseId} and RowKey ge {start} and RowKey lt {start[..^1] + "\""}");
        await foreach (var page in table.QueryAsync<TableEntity>(filter, 1, cancellationToken: cancellationToken).AsPages(pageSizeHint: 1)
            .ConfigureAwait(false))
        {
            return page.Values.Count > 0 ? page.Values[0] : null;
        }

        return null;
    }

    /// <summary>A line's next version and the entity that stores it, built once for the size checks and the write.</summary>
    private sealed record Change(LedgerLine? Before, LedgerLine After, long Version, TableEntity Entity)
    {
        public static Change Of(string caseId, LedgerLine? before, LedgerLine after, long version) =>
            new(before, after, version, LedgerRows.LineEntity(caseId, after, version + 1));
    }
}
