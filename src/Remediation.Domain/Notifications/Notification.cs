using Remediation.Domain.Parties;

namespace Remediation.Domain.Notifications;

/// <summary>A message for a role (and party); written to an outbox and delivered elsewhere. Never carries worker references.</summary>
public sealed record Notification(Role RecipientRole, string? RecipientPartyId, NotificationKind Kind, string CaseId, string Message);
