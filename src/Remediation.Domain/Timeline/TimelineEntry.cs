using Remediation.Domain.Keys;
using Remediation.Domain.Parties;

namespace Remediation.Domain.Timeline;

/// <summary>
/// One entry of a case's append-only timeline. Each entry carries the hash of the one before it and a keyed hash
/// (<see cref="TimelineHash"/>) of its own content under key <see cref="KeyId"/>, so that any later change to an
/// entry, or a removed entry, breaks the chain.
/// </summary>
public sealed record TimelineEntry(
    long Sequence,
    DateTimeOffset At,
    Role ActorRole,
    string? ActorPartyId,
    string Kind,
    string Description,
    string PreviousHash,
    string Hash,
    string KeyId)
{
    /// <summary>
    /// Who acted. Its kind and id are sealed into the hash (when present: entries from before people signed in have none);
    /// its name is a snapshot outside the hash, so it can be erased without breaking the chain.
    /// </summary>
    public ActedBy? By { get; init; }

    public static TimelineEntry Chain(long sequence, string previousHash, TimelineRecord record, KeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(keys);
        var hash = TimelineHash.Of(
            keys.Current(KeyPurpose.Timeline), sequence, previousHash, record.At, record.ActorRole, record.ActorPartyId, record.Kind,
            record.Description, record.By);
        return new TimelineEntry(
            sequence, record.At, record.ActorRole, record.ActorPartyId, record.Kind, record.Description, previousHash, hash, keys.CurrentId)
        {
            By = record.By,
        };
    }

    /// <summary>True when <see cref="Hash"/> still matches the content under its key; false too when the ring no longer holds that key.</summary>
    public bool IsIntact(KeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.Find(KeyPurpose.Timeline, KeyId) is { } key
            && Hash == TimelineHash.Of(key, Sequence, PreviousHash, At, ActorRole, ActorPartyId, Kind, Description, By);
    }
}
