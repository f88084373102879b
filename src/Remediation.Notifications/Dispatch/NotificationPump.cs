using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Remediation.Storage.Notifications;

namespace Remediation.Notifications.Dispatch;

/// <summary>
/// The standalone server's reader of the delivery queue (the Functions app uses a queue trigger instead). It takes
/// messages with a lease longer than an attempt can last, works on many at once, and completes each only when done:
/// a crash leaves the message to come back when its lease ends. At most a few deliveries per endpoint run at once;
/// more for a busy endpoint are put back for a moment, so one slow endpoint never holds up the others.
/// Several servers on one storage account share the queue.
/// </summary>
public sealed partial class NotificationPump(
    QueueDeliveryScheduler queue,
    NotificationWorker worker,
    IOptions<NotificationOptions> options,
    ILogger<NotificationPump> logger) : BackgroundService
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim wake = new(0);
    private readonly ConcurrentDictionary<string, int> perEndpoint = new(StringComparer.Ordinal);

    /// <summary>The lease: an attempt's timeout and room for its bookkeeping.</summary>
    private TimeSpan Lease => options.Value.Webhooks.Timeout + TimeSpan.FromSeconds(50);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        queue.WorkQueued += OnWorkQueued;
        var slots = new SemaphoreSlim(Math.Max(1, options.Value.Concurrency));
        var running = new ConcurrentDictionary<Task, bool>();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                var free = slots.CurrentCount + 1;
                IReadOnlyList<LeasedWork> taken;
                try
                {
                    taken = await queue.ReceiveAsync(Math.Min(32, free), Lease, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    slots.Release();
                    LogQueueUnavailable(logger, e.Message);
                    await WaitAsync(IdlePoll * 5, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                if (taken.Count == 0)
                {
                    slots.Release();
                    await WaitAsync(IdlePoll, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                // One slot is held already; take one more per further message (they are free: we asked for at most that many).
                for (var i = 1; i < taken.Count; i++)
                {
                    await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                }

                foreach (var work in taken)
                {
                    var task = Task.Run(() => ProcessAsync(work, slots, stoppingToken), CancellationToken.None);
                    running[task] = true;
                    _ = task.ContinueWith(t => running.TryRemove(t, out _), TaskScheduler.Default);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            queue.WorkQueued -= OnWorkQueued;
            // Attempts under way finish (or their leases run out and the messages come back after a restart).
            await Task.WhenAll(running.Keys).ConfigureAwait(false);
        }
    }

    private async Task ProcessAsync(LeasedWork work, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        var endpoint = work.Work?.Attempt?.Partition;
        try
        {
            if (work.Work is null)
            {
                LogUnreadable(logger, work.MessageId);
                await queue.CompleteAsync(work, CancellationToken.None).ConfigureAwait(false);
                return;
            }

            if (endpoint is not null && perEndpoint.AddOrUpdate(endpoint, 1, (_, n) => n + 1) > Math.Max(1, options.Value.ConcurrencyPerEndpoint))
            {
                await queue.ReleaseAsync(work, TimeSpan.FromMilliseconds(250), CancellationToken.None).ConfigureAwait(false);
                return;
            }

            if (await worker.HandleAsync(work.Work, stoppingToken).ConfigureAwait(false))
            {
                await queue.CompleteAsync(work, CancellationToken.None).ConfigureAwait(false);
            }
            else if (work.DequeueCount >= 10)
            {
                // Its schedule was never recorded (the scheduler stopped in between): the delivery's own ticket stands.
                await queue.CompleteAsync(work, CancellationToken.None).ConfigureAwait(false);
            }
            else
            {
                await queue.ReleaseAsync(work, TimeSpan.FromSeconds(1), CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // Not completed: the message comes back when its lease ends and is tried again.
            LogWorkFailed(logger, work.MessageId, e.GetType().Name, e.Message);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the message comes back when its lease ends.
        }
        finally
        {
            if (endpoint is not null)
            {
                perEndpoint.AddOrUpdate(endpoint, 0, (_, n) => n - 1);
            }

            slots.Release();
        }
    }

    private void OnWorkQueued(object? sender, EventArgs e)
    {
        if (wake.CurrentCount == 0)
        {
            wake.Release();
        }
    }

    private async Task WaitAsync(TimeSpan delay, CancellationToken stoppingToken) =>
        await wake.WaitAsync(delay, stoppingToken).ConfigureAwait(false);

    public override void Dispose()
    {
        wake.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification queue unavailable: {Error}")]
    private static partial void LogQueueUnavailable(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped unreadable notification message {MessageId}")]
    private static partial void LogUnreadable(ILogger logger, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification work {MessageId} failed ({Type}: {Error}); it comes back when its lease ends")]
    private static partial void LogWorkFailed(ILogger logger, string messageId, string type, string error);
}
