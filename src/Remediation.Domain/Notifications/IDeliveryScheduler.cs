namespace Remediation.Domain.Notifications;

/// <summary>
/// The work of delivery, durable until done: fanning out an outbox batch, and attempting a delivery (at once or
/// after a delay). A host takes work with a lease and completes it; work not completed comes back.
/// </summary>
public interface IDeliveryScheduler
{
    Task FanOutAsync(OutboxBatch batch, CancellationToken cancellationToken = default);

    Task ScheduleAsync(DeliveryTicket ticket, TimeSpan delay, CancellationToken cancellationToken = default);
}
