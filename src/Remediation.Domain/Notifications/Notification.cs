using Remediation.Domain.Deadlines;
using Remediation.Domain.Parties;

namespace Remediation.Domain.Notifications;

/// <summary>
/// A message for a role (and party), written to the outbox and delivered by webhook and e-mail. The message is
/// composed by the system from facts of the case: never a worker reference, an amount per worker or text a party
/// wrote. <paramref name="Level"/> is the rung of an escalation.
/// </summary>
public sealed record Notification(
    Role RecipientRole,
    string? RecipientPartyId,
    NotificationKind Kind,
    string CaseId,
    string Message,
    EscalationLevel Level = EscalationLevel.None)
{
    public Recipient Recipient => new(RecipientRole, RecipientRole == Role.Caseworker ? null : RecipientPartyId);
}
