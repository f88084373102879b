using System.Security.Cryptography;
using System.Text;

namespace Remediation.Storage.Ledger;

/// <summary>
/// Which of the ledger's tables holds a worker's line. Azurite keeps each table in one in-memory collection whose key
/// indexes are sorted arrays, so an insert costs more the more rows that table holds (measured: 7,100 entities/s at
/// 55,000 rows, 2,000/s at 275,000; docs/benchmarks.md). A large case's workers are spread over <see cref="Count"/>
/// tables by a hash of their reference, which keeps a 100,000-worker case's line versions a quarter as deep and gives
/// each table its own part of the summary, so the tables' transactions go side by side. A small case (fewer than
/// <see cref="SpreadFrom"/> lines in its first write) keeps every line in the first table, so reading its summary is
/// one point read, not four. The first part of a case's summary says which (<see cref="LedgerRows.TablesOf"/>); a
/// ledger from before the spread, which does not say, is in one table. On Azure Table Storage the spread costs
/// nothing: each table is its own set of partitions.
/// </summary>
public static class LedgerShard
{
    public const int Count = 4;

    /// <summary>A first write of at least this many lines (a partner's large grievance) spreads the case.</summary>
    public const int SpreadFrom = 1_000;

    /// <summary>How many tables a new ledger uses, from the size of its first write.</summary>
    public static int TablesFor(int firstLines) => firstLines >= SpreadFrom ? Count : 1;

    /// <summary>
    /// The table of a worker of a case spread over <paramref name="tables"/>, by a stable hash (never
    /// <see cref="string.GetHashCode()"/>, which changes from process to process).
    /// </summary>
    public static int Of(string workerRef, int tables)
    {
        if (tables == 1)
        {
            return 0;
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(workerRef), hash);
        return hash[0] % tables;
    }
}
