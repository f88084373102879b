using NCrontab;
using Remediation.Workflows.Sweep;

namespace Remediation.Server.Sweep;

/// <summary>Plays the Functions timer trigger: runs the escalation sweep on REMEDIATION_SWEEP_SCHEDULE (NCRONTAB with seconds).</summary>
public sealed partial class SweepService(EscalationSweep sweep, IConfiguration configuration, TimeProvider clock, ILogger<SweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = CrontabSchedule.Parse(configuration["REMEDIATION_SWEEP_SCHEDULE"] ?? "0 0 6 * * *", new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var next = schedule.GetNextOccurrence(now);
            try
            {
                await Task.Delay(next - now, clock, stoppingToken).ConfigureAwait(false);
                var result = await sweep.RunAsync(stoppingToken).ConfigureAwait(false);
                LogSwept(logger, result.OverdueCases, result.EscalationsRaised, result.OrchestrationsRestarted);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sweep: {Overdue} overdue cases, {Raised} escalations raised, {Restarted} orchestrations restarted")]
    private static partial void LogSwept(ILogger logger, int overdue, int raised, int restarted);

    [LoggerMessage(Level = LogLevel.Error, Message = "The escalation sweep failed; it runs again at the next scheduled time")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
