namespace Remediation.Server.Engine;

/// <summary>The standalone durable engine (section <c>Remediation:Engine</c>).</summary>
public sealed class EngineOptions
{
    public const string SectionName = "Remediation:Engine";

    /// <summary>Control-queue partitions of the task hub: 2 is plenty for one machine; more let more servers share the load.</summary>
    public int PartitionCount { get; set; } = 2;

    /// <summary>
    /// How long an activity or orchestration message stays invisible while being worked on. The sidecar never renews
    /// it, so it must exceed the longest activity (a drain of 10 large batches takes seconds), and it is how long a
    /// crashed server's in-flight work waits before it is retried.
    /// </summary>
    public TimeSpan WorkItemVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Stable across restarts of one server (so it takes its partition leases straight back), unique across servers.</summary>
    public string? WorkerId { get; set; }

    /// <summary>
    /// Longest wait between polls of an idle queue. Each command crosses three queues (wake-up, activity, result),
    /// so this bounds how long its effect takes to show when the server is quiet; against a cloud storage account,
    /// raise it to save transactions.
    /// </summary>
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Loopback port of the gRPC sidecar; 0 picks a free one.</summary>
    public int Port { get; set; }
}
