namespace Remediation.Domain.Notifications;

/// <summary>A notification as written to the outbox, with when it was raised.</summary>
public sealed record OutboxEntry(Notification Notification, DateTimeOffset At);
