using Azure;
using Microsoft.Extensions.Caching.Memory;
using Remediation.Domain.Ledger;

namespace Remediation.Storage.Ledger;

/// <summary>
/// The newest version of each ledger line this process has read or written, per case, valid as a whole at one ETag
/// of each part of the case's summary (<see cref="SummaryParts"/>). Every ledger write replaces a part of the summary in
/// the same transaction as its lines, so parts still at those ETags prove no line changed since: a point read of each
/// part then stands for reading thousands of lines. On Azurite every query scans the whole table, so reading a batch's lines by queries cost
/// more the larger the case (docs/decisions.md); with this cache a batch costs what its own rows cost.
/// An entry is <c>Complete</c> when it began with an empty ledger and saw every write since: a worker it lacks is then
/// known to be absent. A partial entry (after a restart, or after another process wrote) answers for the lines it
/// holds and leaves the rest to storage. Writes stay safe without it: each line's next version is an insert that
/// conflicts if anyone wrote that version first.
/// </summary>
internal sealed class LedgerLineCache : IDisposable
{
    /// <summary>At most this many lines in memory across cases (about 1-2 KB each), least recently used case first out.</summary>
    private const long MaxLines = 250_000;

    private static readonly TimeSpan Unused = TimeSpan.FromMinutes(30);

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxLines });

    /// <summary>The summary's ETag when the case's ledger has no summary row yet.</summary>
    public static ETag NoSummary { get; } = new("none");

    public void Dispose() => cache.Dispose();

    /// <summary>
    /// The cached lines among <paramref name="refs"/> if the cache is at <paramref name="versions"/> (the ETags of the
    /// summary's parts), and the refs it cannot answer for (all of them when it is not there; none when it is complete).
    /// </summary>
    public (Dictionary<string, (LedgerLine Line, long Version)> Found, List<string> Unknown) Read(
        string caseId, ETag[] versions, int workers, IEnumerable<string> refs)
    {
        var found = new Dictionary<string, (LedgerLine Line, long Version)>(StringComparer.Ordinal);
        if (EntryAt(caseId, versions, workers) is not { } entry)
        {
            return (found, [.. refs]);
        }

        var unknown = new List<string>();
        lock (entry.Gate)
        {
            foreach (var workerRef in refs)
            {
                if (entry.Lines.TryGetValue(workerRef, out var line))
                {
                    found[workerRef] = line;
                }
                else if (!entry.Complete)
                {
                    unknown.Add(workerRef);
                }
            }
        }

        return (found, unknown);
    }

    /// <summary>Lines read from storage after the summary's parts were read at <paramref name="versions"/>.</summary>
    public void Remember(string caseId, ETag[] versions, IEnumerable<KeyValuePair<string, (LedgerLine Line, long Version)>> lines)
    {
        var entry = cache.TryGetValue(caseId, out CaseLines? cached) ? cached! : null;
        if (entry is null)
        {
            entry = new CaseLines(versions, complete: false);
            Store(caseId, entry);
        }

        lock (entry.Gate)
        {
            if (!entry.IsAt(versions))
            {
                return;
            }

            foreach (var (workerRef, line) in lines)
            {
                entry.Lines[workerRef] = line;
            }
        }

        Store(caseId, entry);
    }

    /// <summary>
    /// A transaction moved part <paramref name="lane"/> of the summary from <paramref name="before"/> to
    /// <paramref name="after"/> writing these versions. The entry follows if that part was at <paramref name="before"/>;
    /// otherwise it no longer knows the case and is dropped.
    /// </summary>
    public void Written(string caseId, int lane, ETag before, ETag after, IEnumerable<(LedgerLine Line, long Version)> lines)
    {
        if (!cache.TryGetValue(caseId, out CaseLines? entry) || entry is null)
        {
            return;
        }

        lock (entry.Gate)
        {
            if (lane >= entry.Versions.Length || entry.Versions[lane] != before)
            {
                cache.Remove(caseId);
                return;
            }

            foreach (var (line, version) in lines)
            {
                entry.Lines[line.WorkerRef] = (line, version);
            }

            entry.Versions[lane] = after;
        }

        Store(caseId, entry);
    }

    /// <summary>The entry at these ETags; a new complete one for a ledger without lines; null otherwise.</summary>
    private CaseLines? EntryAt(string caseId, ETag[] versions, int workers)
    {
        if (cache.TryGetValue(caseId, out CaseLines? entry) && entry is not null)
        {
            lock (entry.Gate)
            {
                if (entry.IsAt(versions))
                {
                    return entry;
                }
            }
        }

        if (workers != 0)
        {
            return null;
        }

        entry = new CaseLines(versions, complete: true);
        Store(caseId, entry);
        return entry;
    }

    private void Store(string caseId, CaseLines entry)
    {
        int size;
        lock (entry.Gate)
        {
            size = Math.Max(1, entry.Lines.Count);
        }

        cache.Set(caseId, entry, new MemoryCacheEntryOptions { Size = size, SlidingExpiration = Unused });
    }

    private sealed class CaseLines(ETag[] versions, bool complete)
    {
        public object Gate { get; } = new();

        /// <summary>The ETag of each part of the summary the lines are current at (a copy: lanes move it on one by one).</summary>
        public ETag[] Versions { get; } = [.. versions];

        public bool IsAt(ETag[] versions) => Versions.AsSpan().SequenceEqual(versions);

        public bool Complete { get; } = complete;

        public Dictionary<string, (LedgerLine Line, long Version)> Lines { get; } = new(StringComparer.Ordinal);
    }
}
