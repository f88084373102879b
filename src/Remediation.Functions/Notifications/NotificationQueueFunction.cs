using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Remediation.Domain.Notifications;
using Remediation.Notifications.Dispatch;

namespace Remediation.Functions.Notifications;

/// <summary>
/// Delivery on Azure: the queue trigger takes each message of the notification queue (the same queue and work
/// as the standalone server's pump). The host deletes the message when this returns and puts it back when this
/// throws, so a crash or an early attempt is simply taken again.
/// </summary>
public sealed partial class NotificationQueueFunction(NotificationWorker worker, ILogger<NotificationQueueFunction> logger)
{
    public const string QueueSetting = "REMEDIATION_NOTIFICATION_QUEUE";

    [Function("DeliverNotifications")]
    public async Task RunAsync(
        [QueueTrigger("%" + QueueSetting + "%", Connection = "AzureWebJobsStorage")] string message,
        long dequeueCount,
        CancellationToken cancellationToken)
    {
        if (NotificationWork.Parse(message) is not { } work)
        {
            LogUnreadable(logger);
            return;
        }

        if (!await worker.HandleAsync(work, cancellationToken).ConfigureAwait(false) && dequeueCount < 5)
        {
            // The attempt came before its schedule was recorded: the host hands the message out again shortly.
            throw new DeliveryNotYetRecordedException();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped an unreadable notification message")]
    private static partial void LogUnreadable(ILogger logger);
}

/// <summary>Thrown to have the host hand a queue message out again; not an error.</summary>
public sealed class DeliveryNotYetRecordedException : Exception
{
    public DeliveryNotYetRecordedException()
        : base("The delivery has not recorded this attempt's schedule yet; the message is taken again shortly.")
    {
    }

    public DeliveryNotYetRecordedException(string message)
        : base(message)
    {
    }

    public DeliveryNotYetRecordedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
