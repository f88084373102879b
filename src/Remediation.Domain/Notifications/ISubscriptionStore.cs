namespace Remediation.Domain.Notifications;

public interface ISubscriptionStore
{
    Task AddAsync(Subscription subscription, CancellationToken cancellationToken = default);

    /// <summary>The subscription, if it exists and belongs to <paramref name="owner"/> (null otherwise: not yours is not found).</summary>
    Task<Subscription?> GetAsync(Recipient owner, string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Subscription>> ListAsync(Recipient owner, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the subscription as it was read (<see cref="Subscription.Version"/>); false, and nothing written,
    /// when it changed or was deleted since (a rotation, a disable, a delete in between is never undone).
    /// </summary>
    Task<bool> ReplaceAsync(Subscription subscription, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(Recipient owner, string id, CancellationToken cancellationToken = default);
}
