namespace Remediation.Domain.Notifications;

/// <summary>The notifications one command wrote to the outbox of one case: what the fan-out reads.</summary>
public sealed record OutboxBatch(string CaseId, string CommandKey);
