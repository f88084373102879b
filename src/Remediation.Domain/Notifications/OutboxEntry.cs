namespace Remediation.Domain.Notifications;

/// <summary>
/// A notification as written to the outbox: its stable id (the same on every redelivery), when it was raised and
/// the case as it stood then (null for the digest, which is about many cases).
/// </summary>
public sealed record OutboxEntry(string Id, Notification Notification, DateTimeOffset At, CaseSnapshot? Case);
