namespace Remediation.Domain.Timeline;

/// <summary>The result of walking a timeline's hash chain: intact, or the first entry where it breaks and why.</summary>
public sealed record TimelineVerification(bool Intact, long EntriesChecked, long? FirstBrokenSequence, string? Problem)
{
    public static TimelineVerification Verify(IEnumerable<TimelineEntry> entriesInOrder, string? headHash = null, long? headSequence = null)
    {
        ArgumentNullException.ThrowIfNull(entriesInOrder);
        var previousHash = TimelineHash.Genesis;
        long expected = 1;
        foreach (var entry in entriesInOrder)
        {
            if (entry.Sequence != expected)
            {
                return new(false, expected - 1, expected, $"Entry {expected} is missing; found entry {entry.Sequence} in its place.");
            }

            if (entry.PreviousHash != previousHash)
            {
                return new(false, expected - 1, entry.Sequence, $"Entry {entry.Sequence} does not link to entry {entry.Sequence - 1}.");
            }

            if (!entry.IsIntact)
            {
                return new(false, expected - 1, entry.Sequence, $"Entry {entry.Sequence} was changed after it was written.");
            }

            previousHash = entry.Hash;
            expected++;
        }

        var count = expected - 1;
        if (headSequence is { } last && (last != count || headHash != previousHash))
        {
            return new(false, count, count + 1, $"The timeline ends at entry {count} but {last} entries were written: entries were removed from the end.");
        }

        return new(true, count, null, null);
    }
}
