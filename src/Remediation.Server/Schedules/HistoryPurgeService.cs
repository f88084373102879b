using Remediation.Workflows.History;

namespace Remediation.Server.Schedules;

/// <summary>Purges finished orchestrations' history on REMEDIATION_HISTORY_PURGE_SCHEDULE (default 05:30 every day).</summary>
public sealed partial class HistoryPurgeService(
    HistoryPurge purge, IConfiguration configuration, TimeProvider clock, ILogger<HistoryPurgeService> logger)
    : ScheduledJob(HistoryPurgeSchedule.Setting, HistoryPurgeSchedule.Default, configuration, clock, logger)
{
    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var purged = await purge.RunAsync(cancellationToken).ConfigureAwait(false);
        LogPurged(logger, purged);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "History purge: {Purged} finished orchestrations purged")]
    private static partial void LogPurged(ILogger logger, int purged);
}
