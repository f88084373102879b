using Microsoft.DurableTask;
using Remediation.Domain.Cases;
using Remediation.Domain.Parties;
using Remediation.Workflows.Commands;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Orchestration;

/// <summary>
/// One orchestration per case (instance id = case id). In each stage it waits for the next command raced against
/// the durable timer of the next escalation; whichever comes first is applied by <see cref="ApplyCaseCommandActivity"/>.
/// It continues as new at every stage change (and after a bounded number of commands), so its history stays small,
/// and it ends when the case closes. Deterministic: time from the context, ids from <c>NewGuid</c>, no I/O.
/// </summary>
[DurableTask(Name)]
public sealed class CaseOrchestrator : TaskOrchestrator<CaseOrchestrationInput, string>
{
    public const string Name = nameof(CaseOrchestrator);

    /// <summary>The external event every command arrives as.</summary>
    public const string CommandEvent = "CaseCommand";

    /// <summary>Commands per generation before continuing as new: about 5 history events each keeps a generation under 100.</summary>
    public const int MaxCommandsPerGeneration = 15;

    private static readonly TaskOptions ActivityRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 6, firstRetryInterval: TimeSpan.FromSeconds(1), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromMinutes(1)));

    public override async Task<string> RunAsync(TaskOrchestrationContext context, CaseOrchestrationInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var schedule = input.Schedule;
        for (var handled = 0; ; handled++)
        {
            context.SetCustomStatus(CaseStatus.From(schedule, input.Generation, handled));
            if (schedule.IsClosed)
            {
                return "closed";
            }

            if (handled >= MaxCommandsPerGeneration)
            {
                context.ContinueAsNew(input with { Schedule = schedule, Generation = input.Generation + 1 }, preserveUnprocessedEvents: true);
                return "continued";
            }

            var envelope = await NextCommandAsync(context, input.CaseId, schedule);
            var outcome = await context.CallActivityAsync<CommandOutcome>(ApplyCaseCommandActivity.Name, envelope, ActivityRetry);
            if (outcome.Schedule is not { } next)
            {
                return "case missing";
            }

            var stageChanged = next.Stage != schedule.Stage;
            schedule = next;
            if (stageChanged && !schedule.IsClosed)
            {
                context.SetCustomStatus(CaseStatus.From(schedule, input.Generation + 1, 0));
                context.ContinueAsNew(input with { Schedule = schedule, Generation = input.Generation + 1 }, preserveUnprocessedEvents: true);
                return "continued";
            }
        }
    }

    /// <summary>
    /// The next command, or the clock's escalation when the next escalation time comes first. The loser is
    /// cancelled: the timer so it does not keep the orchestration alive, the event wait so that no later command
    /// is delivered to a wait nobody listens to.
    /// </summary>
    private static async Task<CommandEnvelope> NextCommandAsync(TaskOrchestrationContext context, string caseId, CaseSchedule schedule)
    {
        using var eventWait = new CancellationTokenSource();
        var command = context.WaitForExternalEvent<CommandEnvelope>(CommandEvent, eventWait.Token);
        if (schedule.NextWakeAt is not { } wakeAt)
        {
            return await command;
        }

        using var timerWait = new CancellationTokenSource();
        var timer = context.CreateTimer(wakeAt.UtcDateTime, timerWait.Token);
        if (await Task.WhenAny(command, timer) == command)
        {
            timerWait.Cancel();
            return await command;
        }

        eventWait.Cancel();

        // A timer may fire slightly early; the escalation is then "not yet due" and the loop sets a new timer.
        return new CommandEnvelope(caseId, "clock-" + context.NewGuid().ToString("N"), CaseCommand.Escalate, Role.System, null, context.CurrentUtcDateTime, null, null);
    }
}
