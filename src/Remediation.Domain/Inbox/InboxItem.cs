namespace Remediation.Domain.Inbox;

/// <summary>A command waiting in its case's inbox, as the sender wrote it (an opaque JSON envelope).</summary>
public sealed record InboxItem(string CaseId, string CommandId, DateTimeOffset IssuedAt, string Envelope, string Position);
