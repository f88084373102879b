namespace Remediation.Domain.Inbox;

/// <summary>
/// A command waiting in its case's inbox, as the sender wrote it (an opaque JSON envelope), with the number of times
/// applying it has failed so far.
/// </summary>
public sealed record InboxItem(string CaseId, string CommandId, DateTimeOffset IssuedAt, string Envelope, string Position, int Failures = 0);
