using Microsoft.DurableTask;
using Remediation.Domain.Cases;
using Remediation.Domain.Parties;
using Remediation.Workflows.Commands;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Orchestration;

/// <summary>
/// One orchestration per case (instance id = case id). Commands wait in the case's inbox; each arrives with a
/// small wake-up event. In each stage the orchestration waits for a wake-up raced against the durable timer of
/// the next escalation: a wake-up drains the inbox (<see cref="DrainInboxActivity"/>), the timer applies the
/// clock's escalation (<see cref="ApplyCaseCommandActivity"/>). It continues as new at every stage change (and
/// after a bounded number of wake-ups) so its history stays small, and each generation starts by draining the
/// inbox, so a wake-up lost while continuing as new delays nothing. It ends when the case closes.
/// Deterministic: time from the context, ids from <c>NewGuid</c>, no I/O.
/// An activity that still fails after its retries (storage out of reach for minutes, a fault of ours) never ends the
/// orchestration as Failed: the case waits (1, 5, then 30 minutes) and tries again, continuing as new after that, so
/// the clock and the commands behind it keep their case. A command that cannot be applied is set aside by the drain
/// (<see cref="InboxDrain"/>), not here.
/// Releases: each generation carries <see cref="Version"/> (<c>context.Version</c>) and continues as new at the
/// current one, so a changed orchestrator takes over every case at its next generation; docs/decisions.md
/// ("Upgrades with cases in flight") says when a change must branch on the version instead.
/// </summary>
[DurableTask(Name)]
public sealed class CaseOrchestrator : TaskOrchestrator<CaseOrchestrationInput, string>
{
    public const string Name = nameof(CaseOrchestrator);

    /// <summary>
    /// The orchestrator's behaviour version. 2: activity failures are waited out instead of failing the
    /// orchestration (replays every history of version 1 the same way, as those hold no failed activity).
    /// </summary>
    public const string Version = "2";

    /// <summary>The external event that says "a command is waiting"; its payload is the command id.</summary>
    public const string CommandEvent = "CaseCommand";

    /// <summary>Wake-ups per generation before continuing as new: about 6 history events each keeps a generation under 100.</summary>
    public const int MaxWakeUpsPerGeneration = 12;

    private static readonly TaskOptions ActivityRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 6, firstRetryInterval: TimeSpan.FromSeconds(1), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromMinutes(1)));

    /// <summary>How long the case waits after an activity failed all its retries, before trying again.</summary>
    private static readonly TimeSpan[] FailureWaits = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30)];

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
            context.SetCustomStatus(CaseStatus.From(schedule, input.Generation, round) with { Version = context.Version });
            if (schedule.IsClosed)
            {
                // Commands queued behind the one that closed the case are still answered (most are refused,
                // notes are recorded) before the orchestration ends.
                while (drainNow)
                {
                    if (await CallAsync<InboxOutcome>(context, DrainInboxActivity.Name, input.CaseId) is not { } rest)
                    {
                        return ContinueAsNew(context, input, schedule);
                    }

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
                        input.CaseId,
                        "clock-" + context.NewGuid().ToString("N"),
                        CaseCommand.Escalate,
                        Role.System,
                        null,
                        context.CurrentUtcDateTime,
                        null,
                        null);
                    if (await CallAsync<CommandOutcome>(context, ApplyCaseCommandActivity.Name, clock) is not { } escalated)
                    {
                        return ContinueAsNew(context, input, schedule);
                    }

                    next = escalated.Schedule;
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
                if (await CallAsync<InboxOutcome>(context, DrainInboxActivity.Name, input.CaseId) is not { } drained)
                {
                    return ContinueAsNew(context, input, schedule);
                }

                next = drained.Schedule;
                drainNow = drained.More || next?.IsClosed == true;
            }

            if (!Continue(ref schedule, next))
            {
                return next is null ? "case missing" : ContinueAsNew(context, input, schedule);
            }
        }
    }

    /// <summary>
    /// Calls an activity with retries; when it still fails, waits and calls it again, a few times. Null when it kept
    /// failing: the generation then continues as new, which starts again with a drain and keeps the history short.
    /// </summary>
    private static async Task<T?> CallAsync<T>(TaskOrchestrationContext context, string activity, object input)
        where T : class
    {
        foreach (var wait in FailureWaits)
        {
            try
            {
                return await context.CallActivityAsync<T>(activity, input, ActivityRetry);
            }
            catch (TaskFailedException)
            {
                await context.CreateTimer(context.CurrentUtcDateTime + wait, CancellationToken.None);
            }
        }

        return null;
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
        // The next generation runs as the current release's orchestrator, whichever version this one was.
        context.ContinueAsNew(new ContinueAsNewOptions { NewInput = next, NewVersion = Version, PreserveUnprocessedEvents = false });
        return "continued";
    }
}
