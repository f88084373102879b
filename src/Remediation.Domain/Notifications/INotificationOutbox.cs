namespace Remediation.Domain.Notifications;

/// <summary>Notifications waiting to be delivered. Writing is idempotent by (case, command, index).</summary>
public interface INotificationOutbox
{
    Task AddAsync(string commandId, DateTimeOffset at, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<OutboxEntry>> ForCaseAsync(string caseId, CancellationToken cancellationToken = default);
}
