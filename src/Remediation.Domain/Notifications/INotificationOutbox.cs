namespace Remediation.Domain.Notifications;

/// <summary>
/// Notifications waiting to be delivered. Writing is idempotent by (case, command, index); every write is handed
/// on to delivery (<see cref="IDeliveryScheduler"/>), and a write that is repeated is handed on again, harmlessly.
/// </summary>
public interface INotificationOutbox
{
    Task AddAsync(
        string commandId,
        DateTimeOffset at,
        IReadOnlyList<Notification> notifications,
        CaseSnapshot? snapshot,
        CancellationToken cancellationToken = default);

    Task<IReadOnlyList<OutboxEntry>> ForCaseAsync(string caseId, CancellationToken cancellationToken = default);

    /// <summary>The entries one write made (its batch), for fanning out to subscriptions and addresses.</summary>
    Task<IReadOnlyList<OutboxEntry>> BatchAsync(OutboxBatch batch, CancellationToken cancellationToken = default);
}
