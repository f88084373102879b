using Remediation.Domain.Cases;
using Remediation.Domain.Parties;
using Remediation.Domain.Rules;

namespace Remediation.Domain.Inbox;

public enum CommandState
{
    Queued,
    Applied,
    Refused,
}

/// <summary>What became of a command given to a case: queued, then applied or refused (with the refusal).</summary>
public sealed record CommandRecord(
    string CaseId,
    string CommandId,
    CaseCommand Kind,
    Actor Actor,
    DateTimeOffset IssuedAt,
    CommandState State,
    DateTimeOffset? CompletedAt = null,
    Refusal? Refusal = null)
{
    /// <summary>A hash of the command's payload: the same command id sent again with another payload is a conflict.</summary>
    public string? PayloadHash { get; init; }

    public bool IsCompleted => State != CommandState.Queued;

    /// <summary>A command's status is for whoever gave it and for caseworkers: another party learns nothing from it.</summary>
    public bool IsVisibleTo(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role is Role.Caseworker or Role.Admin || (actor.Role == Actor.Role && actor.PartyId == Actor.PartyId);
    }
}
