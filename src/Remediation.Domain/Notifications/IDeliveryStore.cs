namespace Remediation.Domain.Notifications;

public interface IDeliveryStore
{
    /// <summary>Stores the delivery unless one with its id exists; returns what is stored either way.</summary>
    Task<Delivery> AddIfNewAsync(Delivery delivery, CancellationToken cancellationToken = default);

    Task<Delivery?> GetAsync(string partition, string id, CancellationToken cancellationToken = default);

    Task ReplaceAsync(Delivery delivery, CancellationToken cancellationToken = default);

    /// <summary>A subscription's deliveries, newest first.</summary>
    Task<Paging.Paged<Delivery>> ListAsync(string subscriptionId, Paging.PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>The outbox entry a delivery carries.</summary>
    Task<OutboxEntry?> EntryAsync(string outboxId, CancellationToken cancellationToken = default);
}
