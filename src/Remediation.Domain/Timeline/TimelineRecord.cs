using Remediation.Domain.Parties;

namespace Remediation.Domain.Timeline;

/// <summary>What is to be appended to a case's timeline: who did what, when.</summary>
public sealed record TimelineRecord(DateTimeOffset At, Role ActorRole, string? ActorPartyId, string Kind, string Description);
