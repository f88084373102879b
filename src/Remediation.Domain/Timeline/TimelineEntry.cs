using Remediation.Domain.Parties;

namespace Remediation.Domain.Timeline;

/// <summary>
/// One entry of a case's append-only timeline. Each entry carries the hash of the one before it and of its own
/// content, so that any later change to an entry, or a removed entry, breaks the chain.
/// </summary>
public sealed record TimelineEntry(
    long Sequence,
    DateTimeOffset At,
    Role ActorRole,
    string? ActorPartyId,
    string Kind,
    string Description,
    string PreviousHash,
    string Hash)
{
    public static TimelineEntry Chain(long sequence, string previousHash, TimelineRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var hash = TimelineHash.Of(sequence, previousHash, record.At, record.ActorRole, record.ActorPartyId, record.Kind, record.Description);
        return new TimelineEntry(sequence, record.At, record.ActorRole, record.ActorPartyId, record.Kind, record.Description, previousHash, hash);
    }

    /// <summary>True when <see cref="Hash"/> still matches the content.</summary>
    public bool IsIntact => Hash == TimelineHash.Of(Sequence, PreviousHash, At, ActorRole, ActorPartyId, Kind, Description);
}
