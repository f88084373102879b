using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;

namespace Remediation.Workflows.Handling;

/// <summary>
/// The inbox drains that requests started for their waiting callers, still running after the answer (removing the
/// command from the inbox, waking the engine when the clock needs it). The host waits for them when it stops, so a
/// wake-up is not lost to a shutdown just after an answer; the answer itself never waits for them.
/// </summary>
public sealed class RequestDrains : IHostedService
{
    private readonly ConcurrentDictionary<Task, bool> running = new();

    /// <summary>Follows <paramref name="drain"/> until it ends; returns it.</summary>
    public Task Track(Task drain)
    {
        ArgumentNullException.ThrowIfNull(drain);
        running[drain] = true;
        _ = drain.ContinueWith(done => running.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return drain;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Waits for the drains still running, until the host's shutdown timeout.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(running.Keys).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The host will not wait longer; the engine's own timers and the daily sweep remain.
        }
    }
}
