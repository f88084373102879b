using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;
using Remediation.Workflows.Commands.Escalate;
using Remediation.Workflows.Intake;
using Remediation.Workflows.Sending;

namespace Remediation.Workflows.Sweep;

/// <summary>
/// The daily safety net behind the durable timers. From the deadline index only, it finds open cases whose deadline
/// has passed. A case whose orchestration is missing, failed or ended is restarted from its stored state; a case
/// whose due escalation has not happened gets the clock's escalation through its inbox. Then one overdue digest
/// goes to caseworkers. Running it twice on a day does no harm: escalations are idempotent by level.
/// </summary>
public sealed partial class EscalationSweep(
    ICaseIndex index,
    ICaseStore cases,
    CaseIntake intake,
    CaseCommandSender sender,
    IDurableClientSource durable,
    INotificationOutbox outbox,
    IOptions<DeadlinePolicy> policy,
    ReportFactsRepair repair,
    TimeProvider clock,
    ILogger<EscalationSweep> logger)
{
    public async Task<SweepResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var overdue = new List<string>();
        var (raised, restarted) = (0, 0);
        await foreach (var item in index.DueAsync(now, cancellationToken).ConfigureAwait(false))
        {
            var stored = await cases.GetAsync(item.CaseId, cancellationToken).ConfigureAwait(false);
            if (stored is not { Value: { IsClosed: false, Deadline: { } deadline } @case })
            {
                continue;
            }

            overdue.Add(@case.Id);
            var instance = await durable.Client.GetInstanceAsync(@case.Id, getInputsAndOutputs: false, cancellationToken).ConfigureAwait(false);
            if (instance is null or { RuntimeStatus: OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated
                or OrchestrationRuntimeStatus.Completed })
            {
                // Restarting from the stored state drains the inbox and sets the timer; a due escalation fires at once.
                if (await intake.EnsureOrchestrationAsync(@case, cancellationToken).ConfigureAwait(false))
                {
                    restarted++;
                    LogRestarted(logger, @case.Id, instance?.RuntimeStatus.ToString() ?? "missing");
                }
            }
            else if (policy.Value.LevelDueAt(deadline, now) > @case.EscalationLevel)
            {
                await sender.SendAsync(
                    @case.Id,
                    $"sweep-{now:yyyyMMddHH}-{(int)@case.EscalationLevel}",
                    CaseCommand.Escalate,
                    Actor.Clock,
                    new EscalatePayload(),
                    cancellationToken).ConfigureAwait(false);
                raised++;
            }
        }

        if (overdue.Count > 0)
        {
            var digest = new Notification(
                Role.Caseworker, null, NotificationKind.OverdueDigest, $"digest-{now:yyyyMMdd}",
                $"{overdue.Count} cases are past their deadline: {string.Join(", ", overdue.Take(200))}" +
                $"{(overdue.Count > 200 ? ", ..." : string.Empty)}.");
            // One digest a day: the sweep may run more often; the same key and time (the day) make a later run
            // rewrite the day's digest, which is then one delivery per recipient, not one per run.
            await outbox.AddAsync(
                $"digest-{now:yyyyMMdd}",
                new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero),
                [digest],
                null,
                cancellationToken).ConfigureAwait(false);
        }

        return new SweepResult(overdue.Count, raised, restarted, overdue, await repair.RunAsync(cancellationToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweep restarted the orchestration of case {CaseId} (it was {Status})")]
    private static partial void LogRestarted(ILogger logger, string caseId, string status);
}
