using Azure;
using Remediation.Domain.Ledger;

namespace Remediation.Storage.Ledger;

/// <summary>
/// A case's ledger summary as stored: in <see cref="Count"/> parts, each its own row with its own ETag, so that a
/// batch's transactions can go in <see cref="Count"/> lanes side by side (each transaction moves its lane's part on by
/// exactly its lines), which keeps Azurite busy while the next transaction is built. The summary is their sum. Each
/// lane writes only its own part, so the parts need no lock between lanes.
/// </summary>
internal sealed class SummaryParts
{
    /// <summary>Two lanes: measured on Azurite, 100-entity transactions two at a time insert 1.5 times as fast as one at a time.</summary>
    public const int Count = 2;

    private readonly LedgerSummary[] values;
    private readonly ETag?[] etags;

    public SummaryParts(LedgerSummary[] values, ETag?[] etags)
    {
        this.values = values;
        this.etags = etags;
    }

    /// <summary>The whole summary: the parts added up.</summary>
    public LedgerSummary Value => values.Skip(1).Aggregate(values[0], (sum, part) => sum.Plus(part));

    /// <summary>What the line cache is valid at: every part's ETag (<see cref="LedgerLineCache.NoSummary"/> for one not yet written).</summary>
    public ETag[] Versions => [.. etags.Select(e => e ?? LedgerLineCache.NoSummary)];

    public static int LaneOf(int transaction) => transaction % Count;

    public LedgerSummary Part(int lane) => values[lane];

    public ETag? ETagOf(int lane) => etags[lane];

    /// <summary>Moves a lane on after its transaction (only that lane's writer calls this).</summary>
    public void Set(int lane, LedgerSummary value, ETag? etag)
    {
        values[lane] = value;
        etags[lane] = etag;
    }
}
