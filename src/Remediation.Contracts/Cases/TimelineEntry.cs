namespace Remediation.Contracts.Cases;

/// <summary>One step of a case's timeline, hash-linked to the one before.</summary>
public sealed record TimelineEntry
{
    public required long Sequence { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>
    /// partner, supplier, caseworker, admin, system (the clock) or worker (an answer given with the worker's own code; the
    /// supplier reads such an entry as the partner's receipts.recorded).
    /// </summary>
    public required string ActorRole { get; init; }

    public string? ActorPartyId { get; init; }

    /// <summary>
    /// The person, machine client or key that acted (absent for the clock, workers and entries written before people signed
    /// in); its name is shown to caseworkers and admins, and to a party only for its own people.
    /// </summary>
    public Session.ActedByView? ActedBy { get; init; }

    /// <summary>What happened: case.opened, stage.changed, escalated, payments.recorded, command.rejected, ...</summary>
    public required string Kind { get; init; }

    /// <summary>
    /// Withheld from suppliers for retaliation reports (they see that a report was made, not what it said), for the
    /// verification sample until the case closes, and for workers' own answers.
    /// </summary>
    public required string Description { get; init; }

    public required string PreviousHash { get; init; }

    public required string Hash { get; init; }
}
