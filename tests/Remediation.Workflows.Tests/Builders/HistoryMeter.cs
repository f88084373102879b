using System.Collections.Concurrent;
using DurableTask.Core;

namespace Remediation.Workflows.Tests.Builders;

/// <summary>
/// Sits between the sidecar and the in-memory orchestration service and records, for every execution (generation)
/// of every orchestration, the number of history events the service was asked to persist. Everything else is
/// passed through untouched.
/// </summary>
internal sealed class HistoryMeter(IOrchestrationService inner) : IOrchestrationService
{
    private readonly ConcurrentDictionary<(string Instance, string Execution), int> events = new();

    public int TaskOrchestrationDispatcherCount => inner.TaskOrchestrationDispatcherCount;

    public int MaxConcurrentTaskOrchestrationWorkItems => inner.MaxConcurrentTaskOrchestrationWorkItems;

    public BehaviorOnContinueAsNew EventBehaviourForContinueAsNew => inner.EventBehaviourForContinueAsNew;

    public int TaskActivityDispatcherCount => inner.TaskActivityDispatcherCount;

    public int MaxConcurrentTaskActivityWorkItems => inner.MaxConcurrentTaskActivityWorkItems;

    /// <summary>History size of each generation of <paramref name="instanceId"/>, in the order they ran.</summary>
    public IReadOnlyList<int> GenerationsOf(string instanceId) =>
        [.. events.Where(e => e.Key.Instance == instanceId).Select(e => e.Value)];

    public Task CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        Record(workItem.OrchestrationRuntimeState);
        Record(newOrchestrationRuntimeState);
        return Ended(inner.CompleteTaskOrchestrationWorkItemAsync(
            workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages, timerMessages, continuedAsNewMessage, orchestrationState));
    }

    /// <summary>
    /// Orchestration episodes and activities handed to a worker and not yet completed or abandoned. A worker stopped
    /// while this is not zero leaves the in-memory engine waiting for a completion that never comes (it has no lock
    /// timeouts, unlike the Azure Storage backend), so a test restarts a worker only once this stays zero.
    /// </summary>
    public int InFlight => Volatile.Read(ref inFlight);

    private int inFlight;

    private T Started<T>(T workItem)
        where T : class
    {
        if (workItem is not null)
        {
            Interlocked.Increment(ref inFlight);
        }

        return workItem!;
    }

    private async Task Ended(Task done)
    {
        await done.ConfigureAwait(false);
        Interlocked.Decrement(ref inFlight);
    }

    public Task StartAsync() => inner.StartAsync();

    public Task StopAsync() => inner.StopAsync();

    public Task StopAsync(bool isForced) => inner.StopAsync(isForced);

    public Task CreateAsync() => inner.CreateAsync();

    public Task CreateAsync(bool recreateInstanceStore) => inner.CreateAsync(recreateInstanceStore);

    public Task CreateIfNotExistsAsync() => inner.CreateIfNotExistsAsync();

    public Task DeleteAsync() => inner.DeleteAsync();

    public Task DeleteAsync(bool deleteInstanceStore) => inner.DeleteAsync(deleteInstanceStore);

    public bool IsMaxMessageCountExceeded(int currentMessageCount, OrchestrationRuntimeState runtimeState) => inner.IsMaxMessageCountExceeded(currentMessageCount, runtimeState);

    public int GetDelayInSecondsAfterOnProcessException(Exception exception) => inner.GetDelayInSecondsAfterOnProcessException(exception);

    public int GetDelayInSecondsAfterOnFetchException(Exception exception) => inner.GetDelayInSecondsAfterOnFetchException(exception);

    public async Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        Started(await inner.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken).ConfigureAwait(false));

    public Task RenewTaskOrchestrationWorkItemLockAsync(TaskOrchestrationWorkItem workItem) => inner.RenewTaskOrchestrationWorkItemLockAsync(workItem);

    public Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) => Ended(inner.AbandonTaskOrchestrationWorkItemAsync(workItem));

    public Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) => inner.ReleaseTaskOrchestrationWorkItemAsync(workItem);

    public async Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        Started(await inner.LockNextTaskActivityWorkItem(receiveTimeout, cancellationToken).ConfigureAwait(false));

    public Task<TaskActivityWorkItem> RenewTaskActivityWorkItemLockAsync(TaskActivityWorkItem workItem) => inner.RenewTaskActivityWorkItemLockAsync(workItem);

    public Task CompleteTaskActivityWorkItemAsync(TaskActivityWorkItem workItem, TaskMessage responseMessage) =>
        Ended(inner.CompleteTaskActivityWorkItemAsync(workItem, responseMessage));

    public Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem) => Ended(inner.AbandonTaskActivityWorkItemAsync(workItem));

    private void Record(OrchestrationRuntimeState? state)
    {
        if (state?.OrchestrationInstance is { } instance && state.Events.Count > 0)
        {
            events.AddOrUpdate((instance.InstanceId, instance.ExecutionId), state.Events.Count, (_, seen) => Math.Max(seen, state.Events.Count));
        }
    }
}
