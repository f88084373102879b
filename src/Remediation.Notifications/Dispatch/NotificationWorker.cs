using Remediation.Domain.Notifications;

namespace Remediation.Notifications.Dispatch;

/// <summary>Does one piece of delivery work, whichever host took it from the queue.</summary>
public sealed class NotificationWorker(OutboxFanOut fanOut, DeliveryAttempt attempt)
{
    /// <summary>False when the work came too early (see <see cref="DeliveryAttempt.RunAsync"/>) and must be taken again shortly.</summary>
    public async Task<bool> HandleAsync(NotificationWork work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (work.FanOut is { } batch)
        {
            await fanOut.RunAsync(batch, cancellationToken).ConfigureAwait(false);
            return true;
        }

        return work.Attempt is not { } ticket || await attempt.RunAsync(ticket, cancellationToken).ConfigureAwait(false);
    }
}
