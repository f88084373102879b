using Remediation.Domain.Cases;
using Remediation.Domain.Parties;

namespace Remediation.Workflows.Commands;

/// <summary>
/// A command on its way to a case, through the case's inbox. Small by design: the payload travels inline only up
/// to <see cref="InlineLimit"/> characters, larger ones as a stored reference.
/// <see cref="IssuedAt"/> is when the command was given; the case applies it as of that time, so a retried
/// activity computes exactly the same result.
/// </summary>
public sealed record CommandEnvelope(
    string CaseId,
    string CommandId,
    CaseCommand Kind,
    Role ActorRole,
    string? ActorPartyId,
    DateTimeOffset IssuedAt,
    string? Payload,
    string? PayloadRef)
{
    public const int InlineLimit = 8 * 1024;

    /// <summary>The person, machine client or key that gave the command (absent in envelopes queued before it was recorded).</summary>
    public ActedBy? By { get; init; }

    public Actor Actor => new(ActorRole, ActorPartyId) { By = By };
}
