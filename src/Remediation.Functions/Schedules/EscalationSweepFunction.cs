using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Remediation.Functions.Hosting;
using Remediation.Workflows.Sweep;

namespace Remediation.Functions.Schedules;

/// <summary>The daily escalation sweep, on the schedule of the app setting REMEDIATION_SWEEP_SCHEDULE (default 06:00 UTC).</summary>
public sealed partial class EscalationSweepFunction(EscalationSweep sweep, ILogger<EscalationSweepFunction> logger)
{
    public const string ScheduleSetting = "REMEDIATION_SWEEP_SCHEDULE";

    [Function("EscalationSweep")]
    public async Task<SweepResult> RunAsync([TimerTrigger("%" + ScheduleSetting + "%")] TimerInfo timer, [DurableClient] DurableTaskClient client)
    {
        InvocationDurableClient.Use(client);
        var result = await sweep.RunAsync().ConfigureAwait(false);
        LogSwept(logger, result.OverdueCases, result.EscalationsRaised, result.OrchestrationsRestarted, result.ReportFactsRepaired);
        return result;
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Sweep: {Overdue} overdue cases, {Raised} escalations raised, {Restarted} orchestrations restarted, " +
            "{Repaired} cases' report facts caught up")]
    private static partial void LogSwept(ILogger logger, int overdue, int raised, int restarted, int repaired);
}
