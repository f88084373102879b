using Remediation.Workflows.Sweep;

namespace Remediation.Server.Schedules;

/// <summary>The escalation sweep on REMEDIATION_SWEEP_SCHEDULE (default 06:00 every day), as the Functions timer runs it.</summary>
public sealed partial class SweepService(EscalationSweep sweep, IConfiguration configuration, TimeProvider clock, ILogger<SweepService> logger)
    : ScheduledJob("REMEDIATION_SWEEP_SCHEDULE", "0 0 6 * * *", configuration, clock, logger)
{
    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var result = await sweep.RunAsync(cancellationToken).ConfigureAwait(false);
        LogSwept(logger, result.OverdueCases, result.EscalationsRaised, result.OrchestrationsRestarted, result.ReportFactsRepaired);
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Sweep: {Overdue} overdue cases, {Raised} escalations raised, {Restarted} orchestrations restarted, " +
            "{Repaired} cases' report facts caught up")]
    private static partial void LogSwept(ILogger logger, int overdue, int raised, int restarted, int repaired);
}
