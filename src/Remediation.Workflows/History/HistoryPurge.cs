using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Remediation.Workflows.Sending;

namespace Remediation.Workflows.History;

/// <summary>
/// Purges the engine history of orchestrations that finished (completed, failed or terminated) longer ago than the
/// retention. Runs on a schedule in both hosts; idempotent, so a run cut short is finished by the next.
/// </summary>
public sealed class HistoryPurge(IDurableClientSource durable, IOptions<HistoryRetention> options, TimeProvider clock)
{
    private static readonly OrchestrationRuntimeStatus[] Finished =
        [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated];

    /// <summary>Returns how many instances were purged.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow() - options.Value.Retention;
        // Created before the cutoff is what the backend can filter on; finished before it is checked here.
        var query = new OrchestrationQuery { CreatedTo = cutoff, Statuses = Finished, PageSize = 100 };
        var due = new List<string>();
        await foreach (var instance in durable.Client.GetAllInstancesAsync(query).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (instance.LastUpdatedAt <= cutoff)
            {
                due.Add(instance.InstanceId);
            }
        }

        var purged = 0;
        foreach (var instanceId in due)
        {
            purged += (await durable.Client.PurgeInstanceAsync(instanceId, cancellation: cancellationToken).ConfigureAwait(false))
                .PurgedInstanceCount;
        }

        return purged;
    }
}
