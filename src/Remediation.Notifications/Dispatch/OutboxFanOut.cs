using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Remediation.Domain.Notifications;

namespace Remediation.Notifications.Dispatch;

/// <summary>
/// Turns an outbox batch into deliveries: one per notification and matching subscription of its recipient, and
/// one per e-mail address where e-mail is sent. Delivery ids come from the entry and the target, so running
/// twice (a redelivered queue message, a retried command) finds the same deliveries and schedules nothing new.
/// </summary>
public sealed class OutboxFanOut(
    INotificationOutbox outbox,
    ISubscriptionStore subscriptions,
    IDeliveryStore deliveries,
    IDeliveryScheduler scheduler,
    IOptions<NotificationOptions> options,
    TimeProvider clock)
{
    public async Task<int> RunAsync(OutboxBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var scheduled = 0;
        var byOwner = new Dictionary<Recipient, IReadOnlyList<Subscription>>();
        foreach (var entry in await outbox.BatchAsync(batch, cancellationToken).ConfigureAwait(false))
        {
            var recipient = entry.Notification.Recipient;
            if (!byOwner.TryGetValue(recipient, out var owned))
            {
                owned = byOwner[recipient] = await subscriptions.ListAsync(recipient, cancellationToken).ConfigureAwait(false);
            }

            var targets = owned.Where(s => s.Wants(entry.Notification.Kind)).Select(s => (DeliveryChannel.Webhook, s.Id));
            if (options.Value.Email.Enabled && EmailRouting.Sends(entry.Notification))
            {
                targets = targets.Concat(options.Value.Email.AddressesOf(recipient).Select(a => (DeliveryChannel.Email, a)));
            }

            foreach (var (channel, target) in targets)
            {
                var now = clock.GetUtcNow();
                var delivery = new Delivery(
                    IdOf(entry, channel, target), channel, target, entry.Id, entry.Notification.CaseId, entry.Notification.Kind,
                    DeliveryStatus.Pending, 0, null, null, null, now, now, Guid.NewGuid().ToString("N"));
                var stored = await deliveries.AddIfNewAsync(delivery, cancellationToken).ConfigureAwait(false);
                // A delivery this run made is scheduled; one found made and never attempted was made by a run that
                // may have stopped before scheduling it, so it is scheduled again (its token keeps one attempt live).
                if (stored.Status == DeliveryStatus.Pending && stored.Attempts == 0)
                {
                    await scheduler.ScheduleAsync(stored.Ticket, TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
                    scheduled++;
                }
            }
        }

        return scheduled;
    }

    /// <summary>"dlv_" + the entry's time counted down (newest first in a list) + a hash of entry and target.</summary>
    public static string IdOf(OutboxEntry entry, DeliveryChannel channel, string target)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var countdown = DateTimeOffset.MaxValue.UtcTicks - entry.At.UtcTicks;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{entry.Id}\n{channel}\n{target.ToUpperInvariant()}")))[..20];
        return FormattableString.Invariant($"dlv_{countdown:D19}{hash}");
    }
}
