using Remediation.Workflows.Sweep;

namespace Remediation.Server.Schedules;

/// <summary>
/// Once at start: the report facts follow every stored case (after an upgrade, the dashboard and supplier pages are
/// whole at once, not after the next daily sweep). In the background: the server answers meanwhile.
/// </summary>
public sealed partial class ReportFactsCatchUp(ReportFactsRepair repair, ILogger<ReportFactsCatchUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await repair.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // The daily sweep tries again; a start is never stopped by it.
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Catching up the report facts at start failed; the daily sweep will try again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
