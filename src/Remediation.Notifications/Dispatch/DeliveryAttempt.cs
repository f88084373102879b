using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Remediation.Domain.Notifications;
using Remediation.Notifications.Email;
using Remediation.Notifications.Webhooks;

namespace Remediation.Notifications.Dispatch;

/// <summary>
/// One attempt of one delivery. A ticket whose token the delivery no longer carries is stale and dropped, so a
/// queue message that came back after a crash, or a duplicate, cannot send a second time in parallel. A failure
/// schedules the next attempt before it records it: if we stop in between, the old message comes back and the
/// attempt is simply made again (at least once, never lost).
/// </summary>
public sealed partial class DeliveryAttempt(
    IDeliveryStore deliveries,
    ISubscriptionStore subscriptions,
    IDeliveryScheduler scheduler,
    WebhookSender webhooks,
    EmailSender email,
    IOptions<RetryPolicy> retry,
    TimeProvider clock,
    ILogger<DeliveryAttempt> logger)
{
    /// <summary>False when the ticket came before its schedule was recorded: take it again in a moment.</summary>
    public async Task<bool> RunAsync(DeliveryTicket ticket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var delivery = await deliveries.GetAsync(ticket.Partition, ticket.DeliveryId, cancellationToken).ConfigureAwait(false);
        if (delivery is not null && ticket.Previous is not null && delivery.Token == ticket.Previous)
        {
            return false;
        }

        if (delivery is null || delivery.Status != DeliveryStatus.Pending || delivery.Token != ticket.Token)
        {
            return true;
        }

        var entry = await deliveries.EntryAsync(delivery.OutboxId, cancellationToken).ConfigureAwait(false);
        AttemptResult result;
        Subscription? subscription = null;
        if (entry is null)
        {
            result = AttemptResult.Failed("The notification is no longer in the outbox.");
        }
        else if (delivery.Channel == DeliveryChannel.Email)
        {
            result = await email.SendAsync(delivery, entry, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            subscription = await subscriptions.GetAsync(entry.Notification.Recipient, delivery.Target, cancellationToken).ConfigureAwait(false);
            if (subscription is not { Enabled: true })
            {
                await FinishAsync(
                    delivery with
                    {
                        Status = DeliveryStatus.Failed,
                        LastError = subscription is null ? "The subscription was deleted." : "The subscription is disabled.",
                        NextAttemptAt = null,
                    },
                    cancellationToken).ConfigureAwait(false);
                return true;
            }

            result = await webhooks.SendAsync(subscription, delivery, entry, cancellationToken).ConfigureAwait(false);
        }

        var now = clock.GetUtcNow();
        var attempted = delivery with
        {
            Attempts = delivery.Attempts + 1,
            LastStatusCode = result.StatusCode,
            LastError = result.Error,
            LastAttemptAt = now,
        };
        LogAttempt(logger, delivery.Id, delivery.Channel, attempted.Attempts, result.StatusCode, result.Delivered);
        if (result.Delivered)
        {
            await FinishAsync(attempted with { Status = DeliveryStatus.Delivered, NextAttemptAt = null, LastError = null }, cancellationToken)
                .ConfigureAwait(false);
            return true;
        }

        if (result.Gone && subscription is not null)
        {
            await DisableAsync(subscription, $"The endpoint answered 410 Gone at {now:u}.", cancellationToken).ConfigureAwait(false);
            await FinishAsync(attempted with { Status = DeliveryStatus.Failed, NextAttemptAt = null }, cancellationToken).ConfigureAwait(false);
            return true;
        }

        var delay = retry.Value.DelayAfter(attempted.Attempts, Random.Shared.NextDouble());
        if (entry is null || retry.Value.GivesUp(delivery.RetryFrom, now + delay))
        {
            await FinishAsync(attempted with { Status = DeliveryStatus.Failed, NextAttemptAt = null }, cancellationToken).ConfigureAwait(false);
            return true;
        }

        var (next, nextTicket) = attempted.Rescheduled(now + delay);
        await scheduler.ScheduleAsync(nextTicket, delay, cancellationToken).ConfigureAwait(false);
        await FinishAsync(next, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Disables the subscription as it stands now: one rotated meanwhile stays rotated (only disabled), one deleted
    /// meanwhile stays deleted (never written back).
    /// </summary>
    private async Task DisableAsync(Subscription read, string reason, CancellationToken cancellationToken)
    {
        for (Subscription? current = read; current is not null;
            current = await subscriptions.GetAsync(read.Owner, read.Id, cancellationToken).ConfigureAwait(false))
        {
            if (await subscriptions.ReplaceAsync(current with { Enabled = false, DisabledReason = reason }, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    private Task FinishAsync(Delivery delivery, CancellationToken cancellationToken) =>
        deliveries.ReplaceAsync(delivery, cancellationToken);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Delivery {DeliveryId} by {Channel}: attempt {Attempt}, status {StatusCode}, delivered {Delivered}")]
    private static partial void LogAttempt(ILogger logger, string deliveryId, DeliveryChannel channel, int attempt, int? statusCode, bool delivered);
}
