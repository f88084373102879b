using Remediation.Domain.Parties;

namespace Remediation.Domain.Timeline;

/// <summary>What is to be appended to a case's timeline: who did what, when.</summary>
public sealed record TimelineRecord(DateTimeOffset At, Role ActorRole, string? ActorPartyId, string Kind, string Description)
{
    /// <summary>The person, machine client or key that acted; null for the clock and workers.</summary>
    public ActedBy? By { get; init; }

    public static TimelineRecord Of(DateTimeOffset at, Actor actor, string kind, string description)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new(at, actor.Role, actor.PartyId, kind, description) { By = actor.By };
    }
}
