namespace Remediation.Server.Engine;

/// <summary>The standalone durable engine (section <c>Remediation:Engine</c>).</summary>
public sealed class EngineOptions
{
    public const string SectionName = "Remediation:Engine";

    /// <summary>Task hub: servers that share one share the cases. Defaults to REMEDIATION_TASK_HUB, else "remediation".</summary>
    public string TaskHub { get; set; } = "remediation";

    /// <summary>
    /// Control-queue partitions of the task hub, fixed when the hub is created: each partition is leased by one
    /// server at a time, so this is the most servers that share orchestration work (docs/deploy.md).
    /// </summary>
    public int PartitionCount { get; set; } = 4;

    /// <summary>
    /// How long a message stays invisible while it is worked on. DurableTask.Core's activity dispatcher renews a
    /// running activity's lease 30 s before it ends (checking every 5 s), so this does not bound an activity's length:
    /// it is how long a crashed server's in-flight work waits before it is retried.
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

    /// <summary>Keeps an orchestration in memory between its events instead of replaying its history (measured: docs/benchmarks.md).</summary>
    public bool ExtendedSessions { get; set; } = true;

    /// <summary>
    /// The longest durable timer the orchestrations set: a longer wait (a 30-day deadline) is a chain of timers of
    /// at most this length, because the Azure Storage backend's timers are queue messages, which cannot stay invisible
    /// longer than 7 days. The SDK's shims split timers by it; 3 days is the SDK's own default.
    /// </summary>
    public TimeSpan MaximumTimerInterval { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How long a stop waits for running work before the leases are left to expire.</summary>
    public TimeSpan StopTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(TaskHub)
            || TaskHub.Length is < 3 or > 45
            || !TaskHub.All(char.IsAsciiLetterOrDigit)
            || !char.IsAsciiLetter(TaskHub[0]))
        {
            yield return $"{SectionName}:TaskHub must be 3-45 letters and digits, starting with a letter (got '{TaskHub}').";
        }

        if (PartitionCount is < 1 or > 16)
        {
            yield return $"{SectionName}:PartitionCount must be 1-16 (got {PartitionCount}).";
        }

        if (WorkItemVisibilityTimeout < TimeSpan.FromSeconds(10))
        {
            yield return $"{SectionName}:WorkItemVisibilityTimeout must be at least 00:00:10: " +
                $"the dispatcher looks at a running activity's lease every 5 s (got {WorkItemVisibilityTimeout}).";
        }

        if (MaxQueuePollingInterval <= TimeSpan.Zero || MaxQueuePollingInterval > TimeSpan.FromMinutes(1))
        {
            yield return $"{SectionName}:MaxQueuePollingInterval must be more than zero and at most 00:01:00 (got {MaxQueuePollingInterval}).";
        }

        if (MaximumTimerInterval <= TimeSpan.Zero || MaximumTimerInterval >= TimeSpan.FromDays(7))
        {
            yield return $"{SectionName}:MaximumTimerInterval must be more than zero and less than 7.00:00:00, " +
                $"the longest a storage queue message stays invisible (got {MaximumTimerInterval}).";
        }

        if (StopTimeout <= TimeSpan.Zero)
        {
            yield return $"{SectionName}:StopTimeout must be more than zero (got {StopTimeout}).";
        }
    }
}
