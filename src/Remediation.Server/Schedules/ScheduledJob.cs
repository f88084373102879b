using NCrontab;

namespace Remediation.Server.Schedules;

/// <summary>
/// Plays a Functions timer trigger in the standalone server: runs <see cref="RunOnceAsync"/> on the NCRONTAB schedule
/// (with seconds) in the setting <paramref name="scheduleSetting"/>, the same setting the Functions app reads.
/// A failed run is logged and the job runs again at its next time.
/// </summary>
public abstract partial class ScheduledJob(
    string scheduleSetting, string defaultSchedule, IConfiguration configuration, TimeProvider clock, ILogger logger)
    : BackgroundService
{
    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = CrontabSchedule.Parse(
            configuration[scheduleSetting] ?? defaultSchedule, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var next = schedule.GetNextOccurrence(now);
            try
            {
                await Task.Delay(next - now, clock, stoppingToken).ConfigureAwait(false);
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, GetType().Name, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Job} failed; it runs again at its next scheduled time")]
    private static partial void LogFailed(ILogger logger, string job, Exception exception);
}
