using DurableTask.AzureStorage;
using DurableTask.Core;
using DurableTask.AzureStorage.Tracking;
using OrchestrationQuery = Microsoft.DurableTask.Client.OrchestrationQuery;
using PurgeResult = Microsoft.DurableTask.Client.PurgeResult;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using CoreStatus = DurableTask.Core.OrchestrationStatus;

namespace Remediation.Server.Engine;

/// <summary>
/// The product's <see cref="DurableTaskClient"/> in the standalone server: DurableTask.Core's <see cref="TaskHubClient"/>
/// over the same Azure Storage backend the worker runs on (no client-shim package is served here). It does what the
/// product asks of a client: schedule, raise events, read, list and purge instances, wait for completion; suspend
/// and resume pass through; entities are not used.
/// </summary>
public sealed class EngineClient : DurableTaskClient
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);
    private readonly AzureStorageOrchestrationService service;
    private readonly TaskHubClient hub;
    private readonly DataConverter converter;

    public EngineClient(AzureStorageOrchestrationService service, DataConverter converter)
        : base("remediation")
    {
        ArgumentNullException.ThrowIfNull(service);
        this.service = service;
        this.converter = converter;
        hub = new TaskHubClient(service, new SdkJsonConverter(converter));
    }

    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName,
        object? input = null,
        StartOrchestrationOptions? options = null,
        CancellationToken cancellation = default)
    {
        var instanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N");
        var instance = options?.StartAt is { } startAt
            ? await hub.CreateScheduledOrchestrationInstanceAsync(
                orchestratorName.Name, options?.Version?.Version ?? string.Empty, instanceId, input, startAt.UtcDateTime)
                .ConfigureAwait(false)
            : await hub.CreateOrchestrationInstanceAsync(
                orchestratorName.Name, options?.Version?.Version ?? string.Empty, instanceId, input).ConfigureAwait(false);
        return instance.InstanceId;
    }

    public override Task RaiseEventAsync(
        string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default) =>
        hub.RaiseEventAsync(new OrchestrationInstance { InstanceId = instanceId }, eventName, eventPayload!);

    public override Task TerminateInstanceAsync(
        string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default) =>
        hub.TerminateInstanceAsync(
            new OrchestrationInstance { InstanceId = instanceId },
            options?.Output is { } output ? converter.Serialize(output) : string.Empty);

    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        hub.SuspendInstanceAsync(new OrchestrationInstance { InstanceId = instanceId }, reason);

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        hub.ResumeInstanceAsync(new OrchestrationInstance { InstanceId = instanceId }, reason);

    public override async Task<OrchestrationMetadata?> GetInstancesAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        var states = await service.GetOrchestrationStateAsync(instanceId, allExecutions: false, fetchInput: getInputsAndOutputs)
            .ConfigureAwait(false);
        return states.FirstOrDefault() is { } state ? Metadata(state, getInputsAndOutputs) : null;
    }

    public override Task<OrchestrationMetadata> WaitForInstanceStartAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        PollAsync(instanceId, getInputsAndOutputs, m => m.RuntimeStatus != OrchestrationRuntimeStatus.Pending, cancellation);

    public override Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        PollAsync(instanceId, getInputsAndOutputs, m => m.IsCompleted, cancellation);

    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null) =>
        Pageable.Create(async (continuation, pageSize, cancellation) =>
        {
            var condition = new OrchestrationInstanceStatusQueryCondition
            {
                CreatedTimeFrom = filter?.CreatedFrom?.UtcDateTime ?? default,
                CreatedTimeTo = filter?.CreatedTo?.UtcDateTime ?? default,
                RuntimeStatus = filter?.Statuses?.Select(s => (CoreStatus)s).ToList(),
                InstanceIdPrefix = filter?.InstanceIdPrefix,
                FetchInput = filter?.FetchInputsAndOutputs ?? false,
                FetchOutput = filter?.FetchInputsAndOutputs ?? false,
            };
            var page = await service.GetOrchestrationStateAsync(
                condition, pageSize ?? filter?.PageSize ?? 100, continuation ?? filter?.ContinuationToken, cancellation).ConfigureAwait(false);
            return new Page<OrchestrationMetadata>(
                page.OrchestrationState.Select(s => Metadata(s, filter?.FetchInputsAndOutputs ?? false)).ToList(),
                page.ContinuationToken);
        });

    public override async Task<PurgeResult> PurgeInstanceAsync(
        string instanceId, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        var result = await ((IOrchestrationServicePurgeClient)service).PurgeInstanceStateAsync(instanceId).ConfigureAwait(false);
        return new PurgeResult(result.DeletedInstanceCount);
    }

    public override async Task<PurgeResult> PurgeAllInstancesAsync(
        PurgeInstancesFilter filter, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var result = await ((IOrchestrationServicePurgeClient)service).PurgeInstanceStateAsync(
            new PurgeInstanceFilter(
                filter.CreatedFrom?.UtcDateTime ?? DateTime.MinValue,
                filter.CreatedTo?.UtcDateTime,
                filter.Statuses?.Select(s => (CoreStatus)s))).ConfigureAwait(false);
        return new PurgeResult(result.DeletedInstanceCount);
    }

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Polls: the backend's own wait has about 2 s granularity (engine notes).</summary>
    private async Task<OrchestrationMetadata> PollAsync(
        string instanceId, bool getInputsAndOutputs, Func<OrchestrationMetadata, bool> reached, CancellationToken cancellation)
    {
        while (true)
        {
            if (await GetInstancesAsync(instanceId, getInputsAndOutputs, cancellation).ConfigureAwait(false) is { } instance
                && reached(instance))
            {
                return instance;
            }

            await Task.Delay(PollInterval, cancellation).ConfigureAwait(false);
        }
    }

    private OrchestrationMetadata Metadata(OrchestrationState state, bool withInputsAndOutputs) =>
        new(state.Name, state.OrchestrationInstance.InstanceId)
        {
            RuntimeStatus = (OrchestrationRuntimeStatus)state.OrchestrationStatus,
            CreatedAt = new DateTimeOffset(DateTime.SpecifyKind(state.CreatedTime, DateTimeKind.Utc)),
            LastUpdatedAt = new DateTimeOffset(DateTime.SpecifyKind(state.LastUpdatedTime, DateTimeKind.Utc)),
            SerializedInput = withInputsAndOutputs ? state.Input : null,
            SerializedOutput = withInputsAndOutputs ? state.Output : null,
            SerializedCustomStatus = state.Status,
            FailureDetails = state.FailureDetails is { } failure
                ? new TaskFailureDetails(failure.ErrorType, failure.ErrorMessage, failure.StackTrace, null, null)
                : null,
            DataConverter = converter,
        };
}
