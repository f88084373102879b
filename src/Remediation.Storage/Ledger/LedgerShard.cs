using System.Security.Cryptography;
using System.Text;

namespace Remediation.Storage.Ledger;

/// <summary>
/// Which of the ledger's tables holds a worker's line: a case's workers are spread over <see cref="Count"/> tables by a
/// hash of their reference. Azurite keeps each table in one in-memory collection whose key indexes are sorted arrays,
/// so an insert costs more the more rows that table holds (measured: 7,100 entities/s at 55,000 rows, 2,000/s at
/// 275,000; docs/benchmarks.md); four tables keep a 100,000-worker case's line versions a quarter as deep, and
/// give each table its own part of the summary, so the tables' transactions go side by side. On Azure Table Storage
/// the spread costs nothing: each table is its own set of partitions.
/// </summary>
internal static class LedgerShard
{
    public const int Count = 4;

    /// <summary>A stable hash (never <see cref="string.GetHashCode()"/>, which changes from process to process).</summary>
    public static int Of(string workerRef)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(workerRef), hash);
        return hash[0] % Count;
    }
}
