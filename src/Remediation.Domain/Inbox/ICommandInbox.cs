namespace Remediation.Domain.Inbox;

/// <summary>
/// Each case's queue of commands, in the order they were given. Commands are stored here before the case's
/// orchestration is woken, so a lost wake-up delays a command but never loses it.
/// </summary>
public interface ICommandInbox
{
    Task AddAsync(string caseId, string commandId, DateTimeOffset issuedAt, string envelope, CancellationToken cancellationToken = default);

    /// <summary>The oldest pending commands of a case, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<InboxItem>> PendingAsync(string caseId, int max, CancellationToken cancellationToken = default);

    Task RemoveAsync(InboxItem item, CancellationToken cancellationToken = default);

    /// <summary>Counts a failed attempt to apply the item; returns the failures so far.</summary>
    Task<int> CountFailureAsync(InboxItem item, CancellationToken cancellationToken = default);
}
