using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Remediation.Functions.Hosting;
using Remediation.Workflows.History;

namespace Remediation.Functions.Schedules;

/// <summary>
/// Purges finished orchestrations' history after Remediation__History__Retention (default 30 days), on the schedule
/// of the app setting REMEDIATION_HISTORY_PURGE_SCHEDULE (default 05:30 UTC).
/// </summary>
public sealed partial class HistoryPurgeFunction(HistoryPurge purge, ILogger<HistoryPurgeFunction> logger)
{
    [Function("HistoryPurge")]
    public async Task<int> RunAsync(
        [TimerTrigger("%" + HistoryPurgeSchedule.Setting + "%")] TimerInfo timer,
        [DurableClient] DurableTaskClient client)
    {
        InvocationDurableClient.Use(client);
        var purged = await purge.RunAsync().ConfigureAwait(false);
        LogPurged(logger, purged);
        return purged;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "History purge: {Purged} finished orchestrations purged")]
    private static partial void LogPurged(ILogger logger, int purged);
}
