using Azure;
using Remediation.Domain.Ledger;

namespace Remediation.Storage.Ledger;

/// <summary>
/// A case's ledger summary as stored: one part in each of the case's ledger tables (<see cref="LedgerShard"/>), the
/// row <c>summary</c> of the case's partition there, with its own ETag. A transaction holds one table's lines and moves
/// that table's part on by exactly their change, so a batch's transactions go in one lane per table, side by side,
/// which keeps Azurite busy while the next transaction is built. The summary is their sum. Each lane writes only its
/// own part, so the parts need no lock between lanes.
/// </summary>
internal sealed class SummaryParts
{
    private readonly LedgerSummary[] values;
    private readonly ETag?[] etags;

    public SummaryParts(LedgerSummary[] values, ETag?[] etags)
    {
        this.values = values;
        this.etags = etags;
    }

    /// <summary>Empty parts of a ledger not yet written, over <paramref name="tables"/> tables.</summary>
    public static SummaryParts Empty(int tables) => new([.. Enumerable.Repeat(LedgerSummary.Empty, tables)], new ETag?[tables]);

    /// <summary>How many tables the case's ledger is spread over (one part each).</summary>
    public int Count => values.Length;

    /// <summary>Whether the case's ledger has been written (its first part exists, which says how many tables it uses).</summary>
    public bool Exists => etags[0] is not null;

    /// <summary>The whole summary: the parts added up.</summary>
    public LedgerSummary Value => values.Skip(1).Aggregate(values[0], (sum, part) => sum.Plus(part));

    /// <summary>What the line cache is valid at: every part's ETag (<see cref="LedgerLineCache.NoSummary"/> for one not yet written).</summary>
    public ETag[] Versions => [.. etags.Select(e => e ?? LedgerLineCache.NoSummary)];

    public LedgerSummary Part(int lane) => values[lane];

    public ETag? ETagOf(int lane) => etags[lane];

    /// <summary>Moves a lane on after its transaction (only that lane's writer calls this).</summary>
    public void Set(int lane, LedgerSummary value, ETag? etag)
    {
        values[lane] = value;
        etags[lane] = etag;
    }
}
