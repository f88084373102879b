using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Inbox;
using Remediation.Domain.Notifications;
using Remediation.Domain.Payloads;
using Remediation.Domain.Rules;
using Remediation.Domain.Timeline;
using Remediation.Workflows.Commands;

namespace Remediation.Workflows.Handling;

/// <summary>
/// Applies a command to its case exactly once: loads the case, lets the command's handler decide, writes the
/// timeline and the notifications (both idempotent by command id), then saves the case remembering the command id,
/// with its ETag. A retry after a crash at any point recomputes the same transition (the command carries its own
/// time) and finds the timeline, outbox and ledger already written; a command id the case remembers changes nothing.
/// </summary>
public sealed partial class CommandProcessor(
    IEnumerable<ICaseCommandHandler> handlers,
    ICaseStore cases,
    ITimelineStore timeline,
    INotificationOutbox outbox,
    Domain.Ledger.ILedgerStore ledger,
    IPayloadStore payloads,
    ICommandLog commandLog,
    TimeProvider clock,
    IOptions<DeadlinePolicy> policy,
    CommandSignals signals,
    ILogger<CommandProcessor> logger)
{
    private const int MaxAttempts = 5;
    private readonly Dictionary<CaseCommand, ICaseCommandHandler> byKind = handlers.ToDictionary(h => h.Kind);

    public async Task<CommandOutcome> ApplyAsync(CommandEnvelope envelope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        using var span = Telemetry.RemediationTelemetry.Source.StartActivity("ApplyCommand");
        span?.SetTag("remediation.case_id", envelope.CaseId);
        span?.SetTag("remediation.command", envelope.Kind.ToString());
        string? payload = null;
        for (var attempt = 1; ; attempt++)
        {
            var stored = await cases.GetAsync(envelope.CaseId, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                return CommandOutcome.Refused(envelope.CommandId, Refusal.Invalid($"There is no case {envelope.CaseId}."), null);
            }

            // A command the case remembers was handled: a copy changes nothing (and its stored payload may be gone).
            var @case = stored.Value;
            if (@case.HasSeen(envelope.CommandId))
            {
                await cases.CatchUpAsync(@case, cancellationToken).ConfigureAwait(false);
                return new CommandOutcome(envelope.CommandId, true, null, null, Schedule(@case)) { WasDuplicate = true };
            }

            payload ??= envelope.Payload
                ?? (envelope.PayloadRef is { } reference ? await payloads.GetAsync(reference, cancellationToken).ConfigureAwait(false) : "{}");

            var transition = await HandleAsync(new CommandContext(@case, envelope, payload), cancellationToken).ConfigureAwait(false);
            var events = transition.Refusal is { } refusal
                ? [new CaseEvent(CaseEventKinds.CommandRejected, $"{CommandRules.Describe(envelope.Kind)} was refused: {refusal.Reason}")]
                : transition.Events;

            // Timeline and outbox first, keyed by the command: if we stop before the case is saved, the retry
            // computes the same events and these writes find themselves done.
            if (events.Count > 0)
            {
                var records = events
                    .Select(e => TimelineRecord.Of(envelope.IssuedAt, envelope.Actor, e.Kind, e.Description))
                    .ToList();
                await timeline.AppendAsync(envelope.CaseId, envelope.CommandId, records, cancellationToken).ConfigureAwait(false);
            }

            if (transition.Notifications.Count > 0)
            {
                await outbox.AddAsync(
                    envelope.CommandId,
                    envelope.IssuedAt,
                    transition.Notifications,
                    await SnapshotAsync(transition.Case, cancellationToken).ConfigureAwait(false),
                    cancellationToken).ConfigureAwait(false);
            }

            // The command's status, for whoever gave it (the clock's escalations are not asked about).
            if (envelope.ActorRole != Domain.Parties.Role.System)
            {
                var state = transition.IsRefused ? CommandState.Refused : CommandState.Applied;
                await commandLog.CompletedAsync(
                    new CommandRecord(
                        envelope.CaseId,
                        envelope.CommandId,
                        envelope.Kind,
                        envelope.Actor,
                        envelope.IssuedAt,
                        state,
                        clock.GetUtcNow(),
                        transition.Refusal),
                    cancellationToken).ConfigureAwait(false);
            }

            var next = (transition.IsRefused ? @case : SupplierRecordKeeping.Track(@case, transition.Case, envelope.IssuedAt))
                .Remember(envelope.CommandId);
            var saved = await cases.UpdateAsync(next, stored.Version, cancellationToken).ConfigureAwait(false);
            if (saved.IsConflict)
            {
                if (attempt >= MaxAttempts)
                {
                    throw new InvalidOperationException($"Case {envelope.CaseId} kept changing while command {envelope.CommandId} was applied.");
                }

                LogConflict(logger, envelope.CaseId, envelope.Kind, attempt);
                continue;
            }

            signals.Handled(envelope.CaseId, envelope.CommandId);
            LogApplied(logger, envelope.CaseId, envelope.Kind, transition.IsRefused ? "refused" : "applied");
            span?.SetTag("remediation.outcome", transition.IsRefused ? "refused" : "applied");
            if (!transition.IsRefused)
            {
                Telemetry.RemediationTelemetry.Escalated(
                    @case.EscalationLevel,
                    envelope.Kind == CaseCommand.Escalate ? transition.Case.EscalationLevel : @case.EscalationLevel);
            }

            var after = Schedule(next);
            var outcome = transition.Refusal is { } refused
                ? CommandOutcome.Refused(envelope.CommandId, refused, after)
                : new CommandOutcome(envelope.CommandId, true, null, null, after);
            return outcome with { NeedsWakeUp = CaseSchedule.NeedsWakeUp(Schedule(@case), after) };
        }
    }

    /// <summary>
    /// Sets aside a command that cannot be applied (<see cref="CommandFailure"/>): it is refused with
    /// <paramref name="why"/> on its status and on the case's timeline, and the case remembers it, so a copy changes
    /// nothing. The case itself is saved unchanged otherwise: the commands behind it and the clock go on.
    /// </summary>
    public async Task SetAsideAsync(
        string caseId, string commandId, CommandEnvelope? envelope, string why, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(why);
        var what = envelope is null ? "A command" : CommandRules.Describe(envelope.Kind);
        var refusal = Refusal.Invalid(
            $"{what} could not be applied: {why}. It was set aside so that the case goes on. " +
            "Check it and send it again with a new Idempotency-Key; " +
            "what was already recorded of it (payments, receipts, workers) is never recorded twice.");
        var now = clock.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            if (await cases.GetAsync(caseId, cancellationToken).ConfigureAwait(false) is not { } stored || stored.Value.HasSeen(commandId))
            {
                return;
            }

            await timeline.AppendAsync(
                caseId,
                commandId,
                [TimelineRecord.Of(envelope?.IssuedAt ?? now, envelope?.Actor ?? Domain.Parties.Actor.Clock,
                    CaseEventKinds.CommandRejected, $"{what} was refused: {refusal.Reason}")],
                cancellationToken).ConfigureAwait(false);
            if (envelope is not null && envelope.ActorRole != Domain.Parties.Role.System)
            {
                await commandLog.CompletedAsync(
                    new CommandRecord(caseId, commandId, envelope.Kind, envelope.Actor, envelope.IssuedAt, CommandState.Refused, now, refusal),
                    cancellationToken).ConfigureAwait(false);
            }

            var saved = await cases.UpdateAsync(stored.Value.Remember(commandId), stored.Version, cancellationToken).ConfigureAwait(false);
            if (!saved.IsConflict || attempt >= MaxAttempts)
            {
                signals.Handled(caseId, commandId);
                LogSetAside(logger, caseId, envelope?.Kind.ToString() ?? "an unreadable command");
                return;
            }
        }
    }

    /// <summary>The case as its notifications describe it; who is waited for needs the ledger only in Verification.</summary>
    private async Task<CaseSnapshot> SnapshotAsync(Case @case, CancellationToken cancellationToken) =>
        CaseSnapshot.Of(@case, @case.Stage == Stage.Verification
            ? @case.WaitingFor(await ledger.GetSummaryAsync(@case.Id, cancellationToken).ConfigureAwait(false)).Role
            : @case.ResponsibleParty.Role);

    /// <summary>
    /// What the command would do to the case now, without writing anything: the API's synchronous answer (403,
    /// 409, 422) before it queues the command, on the case as the API just loaded it and the payload object it built.
    /// </summary>
    public Task<Transition> PreviewAsync(Case @case, CommandEnvelope envelope, object payload, CancellationToken cancellationToken = default) =>
        HandleAsync(new CommandContext(@case, envelope, null, payload, IsPreview: true), cancellationToken);

    /// <summary>
    /// Who may give the command, and in which stage, is checked first for every command; then its handler decides;
    /// last, the case it leads to must fit the store (so what was accepted can always be saved).
    /// </summary>
    private async Task<Transition> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (CommandRules.Check(context.Case, context.Envelope.Kind, context.Actor) is { } refusal)
        {
            return context.Refuse(refusal);
        }

        var transition = await byKind[context.Envelope.Kind].ApplyAsync(context, cancellationToken).ConfigureAwait(false);
        return !transition.IsRefused && cases.WhyNotStorable(transition.Case) is { } problem
            ? context.Refuse(Refusal.Invalid($"The case would be too large to store ({problem}); send shorter texts."))
            : transition;
    }

    /// <summary>The schedule of a case as stored now, for starting or repairing its orchestration.</summary>
    public async Task<CaseSchedule?> ScheduleOfAsync(string caseId, CancellationToken cancellationToken = default) =>
        await cases.GetAsync(caseId, cancellationToken).ConfigureAwait(false) is { } stored ? Schedule(stored.Value) : null;

    private CaseSchedule Schedule(Case @case) => CaseSchedule.Of(@case, policy.Value);

    // Logs carry case ids and command kinds only: never payloads, worker references or reasons.
    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: {Kind} {Result}")]
    private static partial void LogApplied(ILogger logger, string caseId, CaseCommand kind, string result);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId}: {Kind} was set aside as refused; the case goes on")]
    private static partial void LogSetAside(ILogger logger, string caseId, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId}: {Kind} met a concurrent change (attempt {Attempt}); retrying")]
    private static partial void LogConflict(ILogger logger, string caseId, CaseCommand kind, int attempt);
}
