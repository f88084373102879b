using Microsoft.DurableTask;
using Remediation.Domain.Cases;
using Remediation.Domain.Parties;
using Remediation.Workflows.Commands;
using Remediation.Workflows.Handling;
using Remediation.Workflows.Orchestration;

namespace Remediation.Workflows.Tests.Upgrades;

/// <summary>
/// FROZEN: the case orchestrator exactly as release 1 shipped it (commit a1a920b), kept so that a test can start
/// cases under it and finish them under the current one. Never edit it; a later release that changes the
/// orchestrator freezes its predecessor beside it (docs/decisions.md, "Upgrades with cases in flight").
/// One orchestration per case (instance id = case id). Commands wait in the case's inbox; each arrives with a
/// small wake-up event. In each stage the orchestration waits for a wake-up raced against the durable timer of
/// the next escalation: a wake-up drains the inbox (<see cref="DrainInboxActivity"/>), the timer applies the
/// clock's escalation (<see cref="ApplyCaseCommandActivity"/>). It continues as new at every stage change (and
/// after a bounded number of wake-ups) so its history stays small, and each generation starts by draining the
/// inbox, so a wake-up lost while continuing as new delays nothing. It ends when the case closes.
/// Deterministic: time from the context, ids from <c>NewGuid</c>, no I/O.
/// </summary>
public sealed class CaseOrchestratorRelease1 : TaskOrchestrator<CaseOrchestrationInput, string>
{
    public const string Name = "CaseOrchestrator";

    /// <summary>The external event that says "a command is waiting"; its payload is the command id.</summary>
    public const string CommandEvent = "CaseCommand";

    /// <summary>Wake-ups per generation before continuing as new: about 6 history events each keeps a generation under 100.</summary>
    public const int MaxWakeUpsPerGeneration = 12;

    private static readonly TaskOptions ActivityRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 6, firstRetryInterval: TimeSpan.FromSeconds(1), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromMinutes(1)));

    public override async Task<string> RunAsync(TaskOrchestrationContext context, CaseOrchestrationInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var schedule = input.Schedule;
        var drainNow = true;

        // One wait for the next wake-up at a time, kept across timer wake-ups: the SDK leaves a cancelled wait on
        // its stack of waiters, and an event handed to it would be lost.
        Task<string>? wakeUp = null;
        for (var round = 0; ; round++)
        {
            context.SetCustomStatus(CaseStatus.From(schedule, input.Generation, round));
            if (schedule.IsClosed)
            {
                // Commands queued behind the one that closed the case are still answered (most are refused,
                // notes are recorded) before the orchestration ends.
                while (drainNow)
                {
                    var rest = await context.CallActivityAsync<InboxOutcome>(DrainInboxActivity.Name, input.CaseId, ActivityRetry);
                    drainNow = rest.More || rest.Handled > 0;
                }

                return "closed";
            }

            if (round >= MaxWakeUpsPerGeneration)
            {
                return ContinueAsNew(context, input, schedule);
            }

            CaseSchedule? next = null;
            if (!drainNow)
            {
                wakeUp ??= context.WaitForExternalEvent<string>(CommandEvent);
                if (await TimerFiresFirstAsync(context, wakeUp, schedule))
                {
                    // A timer may fire slightly early; the escalation is then "not yet due" and the loop sets a new timer.
                    var clock = new CommandEnvelope(
                        input.CaseId, "clock-" + context.NewGuid().ToString("N"), CaseCommand.Escalate, Role.System, null, context.CurrentUtcDateTime,
                        null, null);
                    next = (await context.CallActivityAsync<CommandOutcome>(ApplyCaseCommandActivity.Name, clock, ActivityRetry)).Schedule;
                }
                else
                {
                    await wakeUp;
                    wakeUp = null;
                    drainNow = true;
                }
            }

            if (drainNow)
            {
                var drained = await context.CallActivityAsync<InboxOutcome>(DrainInboxActivity.Name, input.CaseId, ActivityRetry);
                next = drained.Schedule;
                drainNow = drained.More || next?.IsClosed == true;
            }

            if (!Continue(ref schedule, next))
            {
                return next is null ? "case missing" : ContinueAsNew(context, input, schedule);
            }
        }
    }

    /// <summary>Takes the new schedule; false when the orchestration must stop here (stage changed, or the case is gone).</summary>
    private static bool Continue(ref CaseSchedule schedule, CaseSchedule? next)
    {
        if (next is null)
        {
            return false;
        }

        var stageChanged = next.Stage != schedule.Stage;
        schedule = next;
        return !stageChanged || schedule.IsClosed;
    }

    /// <summary>
    /// Races the pending wake-up against the durable timer of the next escalation; true when the timer wins. The
    /// losing timer is cancelled so that it does not keep the orchestration alive.
    /// </summary>
    private static async Task<bool> TimerFiresFirstAsync(TaskOrchestrationContext context, Task<string> wakeUp, CaseSchedule schedule)
    {
        if (schedule.NextWakeAt is not { } wakeAt)
        {
            return false;
        }

        using var timerWait = new CancellationTokenSource();
        var timer = context.CreateTimer(wakeAt.UtcDateTime, timerWait.Token);
        if (await Task.WhenAny(wakeUp, timer) == wakeUp)
        {
            timerWait.Cancel();
            return false;
        }

        return true;
    }

    private static string ContinueAsNew(TaskOrchestrationContext context, CaseOrchestrationInput input, CaseSchedule schedule)
    {
        var next = input with { Schedule = schedule, Generation = input.Generation + 1 };
        context.SetCustomStatus(CaseStatus.From(schedule, next.Generation, 0));
        context.ContinueAsNew(next, preserveUnprocessedEvents: false);
        return "continued";
    }
}
