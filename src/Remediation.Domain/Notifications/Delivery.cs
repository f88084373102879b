namespace Remediation.Domain.Notifications;

/// <summary>
/// One notification on its way to one webhook subscription or one e-mail address. <see cref="Id"/> is derived
/// from the outbox entry and the target, so fanning out twice finds the same delivery; it is the webhook-id
/// on every attempt. <see cref="Token"/> names the one scheduled attempt that may act on it; a stale queue
/// message carries another token and is dropped.
/// </summary>
public sealed record Delivery(
    string Id,
    DeliveryChannel Channel,
    string Target,
    string OutboxId,
    string CaseId,
    NotificationKind Kind,
    DeliveryStatus Status,
    int Attempts,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset RetryFrom,
    string Token)
{
    /// <summary>Where the delivery is kept: the subscription's id, or "email".</summary>
    public string Partition => Channel == DeliveryChannel.Webhook ? Target : EmailPartition;

    public const string EmailPartition = "email";

    public DeliveryTicket Ticket => new(Partition, Id, Token);

    /// <summary>This delivery with a new token, and the ticket for it that knows the token it replaces.</summary>
    public (Delivery Delivery, DeliveryTicket Ticket) Rescheduled(DateTimeOffset at)
    {
        var next = this with { Status = DeliveryStatus.Pending, NextAttemptAt = at, Token = Guid.NewGuid().ToString("N") };
        return (next, next.Ticket with { Previous = Token });
    }
}
