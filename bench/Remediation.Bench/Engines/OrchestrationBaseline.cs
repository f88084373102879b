using System.Diagnostics;
using DurableTask.AzureStorage;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Remediation.Bench.Engines;

/// <summary>
/// The durable floor: a trivial orchestration of three activities on the Azure Storage backend, in either wiring:
/// in process on DurableTask.Core (what the server runs) or through the gRPC test sidecar (the earlier wiring).
/// </summary>
internal static class OrchestrationBaseline
{
    public const string Name = "ThreeSteps";

    public const string Step = "Step";

    public static Task<double> InProcessAsync(string connectionString, int count, bool extendedSessions = true, int partitions = 4) =>
        InProcessEngine.RunAsync(Settings(connectionString, extendedSessions, partitions), client => MeasureAsync(client, count));

    public static Task<double> SidecarAsync(string connectionString, int count) =>
        SidecarEngine.RunAsync(Settings(connectionString, extendedSessions: false, partitions: 4), client => MeasureAsync(client, count));

    public static async Task<int> ThreeStepsAsync(TaskOrchestrationContext context, int n)
    {
        n = await context.CallActivityAsync<int>(Step, n);
        n = await context.CallActivityAsync<int>(Step, n);
        return await context.CallActivityAsync<int>(Step, n);
    }

    private static AzureStorageOrchestrationServiceSettings Settings(string connectionString, bool extendedSessions, int partitions) => new()
    {
        TaskHubName = "benchbaseline" + Guid.NewGuid().ToString("N")[..6],
        StorageAccountClientProvider = new StorageAccountClientProvider(connectionString),
        PartitionCount = partitions,
        MaxQueuePollingInterval = TimeSpan.FromMilliseconds(200),
        ExtendedSessionsEnabled = extendedSessions,
        WorkerId = "bench",
    };

    private static async Task<double> MeasureAsync(DurableTaskClient client, int count)
    {
        // Warm up, then measure.
        await WaitAllAsync(client, [await client.ScheduleNewOrchestrationInstanceAsync(Name, 0)]);
        var clock = Stopwatch.StartNew();
        var ids = await Task.WhenAll(Enumerable.Range(0, count).Select(i => client.ScheduleNewOrchestrationInstanceAsync(Name, i)));
        await WaitAllAsync(client, ids);
        return count / clock.Elapsed.TotalSeconds;
    }

    private static async Task WaitAllAsync(DurableTaskClient client, IReadOnlyList<string> ids)
    {
        var pending = ids.ToHashSet();
        while (pending.Count > 0)
        {
            foreach (var id in pending.ToList())
            {
                if ((await client.GetInstanceAsync(id))?.IsCompleted == true)
                {
                    pending.Remove(id);
                }
            }

            await Task.Delay(100);
        }
    }
}
