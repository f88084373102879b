using Remediation.Domain.Timeline;

namespace Remediation.Api.Views;

public sealed record TimelineEntryView(long Sequence, DateTimeOffset At, string ActorRole, string? ActorPartyId, string Kind, string Description, string PreviousHash, string Hash)
{
    public static TimelineEntryView From(TimelineEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Sequence, e.At, e.ActorRole.ToString().ToLowerInvariant(), e.ActorPartyId, e.Kind, e.Description, e.PreviousHash, e.Hash);
    }
}
