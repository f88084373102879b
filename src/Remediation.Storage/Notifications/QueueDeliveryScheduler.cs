using Azure;
using Azure.Storage.Queues;
using Remediation.Domain.Notifications;

namespace Remediation.Storage.Notifications;

/// <summary>
/// The queue of delivery work. A message stays until completed: taken with a lease (visibility timeout), it comes
/// back when its taker dies, which is what makes delivery survive a crash. Messages never expire, since a
/// delivery may wait a day between attempts.
/// </summary>
public sealed class QueueDeliveryScheduler(QueueServiceClient service, string prefix = "") : IDeliveryScheduler
{
    public QueueClient Queue { get; } = (service ?? throw new ArgumentNullException(nameof(service))).GetQueueClient(NameFor(prefix));

    public static string NameFor(string prefix) => (prefix ?? string.Empty).ToLowerInvariant() + "notifications";

    public Task EnsureCreatedAsync(CancellationToken cancellationToken = default) =>
        Queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);

    public Task FanOutAsync(OutboxBatch batch, CancellationToken cancellationToken = default) =>
        SendAsync(new NotificationWork(batch, null), TimeSpan.Zero, cancellationToken);

    public Task ScheduleAsync(DeliveryTicket ticket, TimeSpan delay, CancellationToken cancellationToken = default) =>
        SendAsync(new NotificationWork(null, ticket), delay, cancellationToken);

    /// <summary>Takes up to <paramref name="max"/> messages for <paramref name="lease"/>.</summary>
    public async Task<IReadOnlyList<LeasedWork>> ReceiveAsync(int max, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var messages = await Queue.ReceiveMessagesAsync(max, lease, cancellationToken).ConfigureAwait(false);
        return [.. messages.Value.Select(m => new LeasedWork(NotificationWork.Parse(m.Body.ToString()), m.MessageId, m.PopReceipt, m.DequeueCount))];
    }

    public async Task CompleteAsync(LeasedWork work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            await Queue.DeleteMessageAsync(work.MessageId, work.PopReceipt, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // The lease ran out and another taker has it (or finished it): its outcome stands.
        }
    }

    /// <summary>Puts a message back to be taken again after <paramref name="delay"/>, without counting an attempt.</summary>
    public async Task ReleaseAsync(LeasedWork work, TimeSpan delay, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            await Queue.UpdateMessageAsync(work.MessageId, work.PopReceipt, visibilityTimeout: delay, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Already back in the queue or taken by another: nothing to release.
        }
    }

    /// <summary>Raised after work due at once was queued, so that a reader in this process can take it without waiting for its next poll.</summary>
    public event EventHandler? WorkQueued;

    private async Task SendAsync(NotificationWork work, TimeSpan delay, CancellationToken cancellationToken)
    {
        await Queue.SendMessageAsync(work.ToJson(), delay, TimeSpan.FromSeconds(-1), cancellationToken).ConfigureAwait(false);
        if (delay <= TimeSpan.Zero)
        {
            WorkQueued?.Invoke(this, EventArgs.Empty);
        }
    }
}

/// <summary>A message taken from the queue: its work (null when unreadable) and what completes or releases it.</summary>
public sealed record LeasedWork(NotificationWork? Work, string MessageId, string PopReceipt, long DequeueCount);
