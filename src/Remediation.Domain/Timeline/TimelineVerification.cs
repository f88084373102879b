using Remediation.Domain.Keys;

namespace Remediation.Domain.Timeline;

/// <summary>
/// The result of walking a timeline: intact, or the first entry where it breaks and why; and the last entry that an
/// append-only checkpoint vouches for (<see cref="CheckpointedThrough"/>).
/// </summary>
public sealed record TimelineVerification(bool Intact, long EntriesChecked, long? FirstBrokenSequence, string? Problem)
{
    public long? CheckpointedThrough { get; init; }

    /// <summary>The last entry walked and its keyed hash, when the timeline is intact: what a later verification can be compared with.</summary>
    public long? HeadSequence { get; init; }

    public string? HeadHash { get; init; }

    /// <summary>
    /// Checks, in order: every entry is there, links to the one before and still matches its keyed hash; the last
    /// entry is the head the store recorded; and every checkpoint names an entry that is there with the hash it had
    /// when it was written (which a writer of the tables, even one holding the key, cannot change after the fact).
    /// </summary>
    public static TimelineVerification Verify(
        IEnumerable<TimelineEntry> entriesInOrder, KeyRing keys, string? headHash = null, long? headSequence = null,
        IReadOnlyList<TimelineCheckpoint>? checkpoints = null)
    {
        ArgumentNullException.ThrowIfNull(entriesInOrder);
        ArgumentNullException.ThrowIfNull(keys);
        var hashes = new List<string>();
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

            if (keys.Find(KeyPurpose.Timeline, entry.KeyId) is null)
            {
                return new(false, expected - 1, entry.Sequence,
                    $"Entry {entry.Sequence} was sealed with key '{entry.KeyId}', which this server does not hold.");
            }

            if (!entry.IsIntact(keys))
            {
                return new(false, expected - 1, entry.Sequence, $"Entry {entry.Sequence} was changed after it was written.");
            }

            hashes.Add(entry.Hash);
            previousHash = entry.Hash;
            expected++;
        }

        var count = expected - 1;
        if (headSequence is { } last && (last != count || headHash != previousHash))
        {
            return new(false, count, count + 1,
                $"The timeline ends at entry {count} but {last} entries were written: entries were removed from the end.");
        }

        long vouched = 0;
        foreach (var checkpoint in (checkpoints ?? []).OrderBy(c => c.Sequence))
        {
            if (checkpoint.Sequence > count)
            {
                return new(false, count, count + 1,
                    $"Entry {checkpoint.Sequence} was written (an append-only checkpoint records it) but the timeline ends at entry {count}: " +
                    "entries were removed.")
                    { CheckpointedThrough = vouched };
            }

            if (checkpoint.Sequence > 0 && hashes[(int)checkpoint.Sequence - 1] != checkpoint.Hash)
            {
                return new(false, count, vouched + 1,
                    $"The timeline was rewritten: entry {checkpoint.Sequence} is not the entry an append-only checkpoint recorded " +
                    $"when it was written (the change lies in entries {vouched + 1} to {checkpoint.Sequence}).")
                    { CheckpointedThrough = vouched };
            }

            vouched = Math.Max(vouched, checkpoint.Sequence);
        }

        return new(true, count, null, null)
        {
            CheckpointedThrough = vouched, HeadSequence = count > 0 ? count : null, HeadHash = count > 0 ? previousHash : null,
        };
    }
}
