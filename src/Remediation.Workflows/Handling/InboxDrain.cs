using Microsoft.Extensions.Logging;
using Remediation.Domain.Cases;
using Remediation.Domain.Inbox;
using Remediation.Domain.Payloads;
using Remediation.Workflows.Commands;

namespace Remediation.Workflows.Handling;

/// <summary>
/// Applies a case's pending commands in the order they were given, removing each once it is applied. A crash
/// between applying and removing is harmless: the case remembers the command id and ignores it the second time.
/// A large command's stored payload goes once its command is out of the inbox (nothing reads it after that).
/// A command that fails to apply for a reason that will not pass (<see cref="CommandFailure"/>) is set aside:
/// refused, with a problem a person can act on, on its status and the case's timeline, and out of the inbox, so the
/// commands behind it, the timers and the sweep go on.
/// </summary>
public sealed partial class InboxDrain(
    ICommandInbox inbox, CommandProcessor processor, IPayloadStore payloads, TimeProvider clock, ILogger<InboxDrain> logger)
{
    /// <summary>Commands per drain, so one activity stays short even when a batch of large commands waits.</summary>
    public const int MaxPerDrain = 10;

    /// <summary>
    /// One drain of a case at a time in this process (cases hashed onto a fixed set of gates): the engine's drain and a
    /// drain for a waiting caller then never apply the same command twice at once. Across processes the case's ETag
    /// still decides, as it always did. Enough gates that cases busy at the same time rarely share one (20 cases on 1,024
    /// gates: one shared pair in five runs; on 64 gates, about three pairs every time, each pair's drains waiting for each
    /// other).
    /// </summary>
    private readonly SemaphoreSlim[] gates = [.. Enumerable.Range(0, 1024).Select(_ => new SemaphoreSlim(1, 1))];

    public async Task<InboxOutcome> DrainAsync(string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        var gate = gates[(int)((uint)StringComparer.Ordinal.GetHashCode(caseId) % (uint)gates.Length)];
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await DrainPendingAsync(caseId, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// The engine's drain: most wake-ups now come after the request that queued the command has drained it, so the inbox
    /// is looked at first without the case's gate; an empty one needs no gate (nothing is applied), and the case's next
    /// command, drained by its own request, does not wait behind it.
    /// </summary>
    public async Task<InboxOutcome> DrainQueuedAsync(string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        return (await inbox.PendingAsync(caseId, 1, cancellationToken).ConfigureAwait(false)).Count == 0
            ? new InboxOutcome(0, false, await processor.ScheduleOfAsync(caseId, cancellationToken).ConfigureAwait(false))
            : await DrainAsync(caseId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<InboxOutcome> DrainPendingAsync(string caseId, CancellationToken cancellationToken)
    {
        using var span = Telemetry.RemediationTelemetry.Source.StartActivity("DrainInbox");
        span?.SetTag("remediation.case_id", caseId);
        var pending = await inbox.PendingAsync(caseId, MaxPerDrain + 1, cancellationToken).ConfigureAwait(false);
        var handled = 0;
        var needsEngine = pending.Count > MaxPerDrain;
        CaseSchedule? schedule = null;
        foreach (var item in pending.Take(MaxPerDrain))
        {
            var envelope = CommandJson.TryDeserialize<CommandEnvelope>(item.Envelope);
            var started = clock.GetTimestamp();
            schedule = null;
            try
            {
                if (envelope is null)
                {
                    await processor.SetAsideAsync(caseId, item.CommandId, null, CommandFailure.Explain(new InvalidDataException()), cancellationToken)
                        .ConfigureAwait(false);
                }
                else
                {
                    var outcome = await processor.ApplyAsync(envelope, cancellationToken).ConfigureAwait(false);
                    schedule = outcome.Schedule;
                    needsEngine |= outcome.NeedsWakeUp;
                }
            }
            catch (Exception failure) when (!CommandFailure.IsTransient(failure))
            {
                var failures = CommandFailure.IsPermanent(failure)
                    ? CommandFailure.MaxFailures
                    : await inbox.CountFailureAsync(item, cancellationToken).ConfigureAwait(false);
                LogFailed(logger, caseId, envelope?.Kind.ToString() ?? "an unreadable command", failure.GetType().Name, failures);
                if (failures < CommandFailure.MaxFailures)
                {
                    throw;
                }

                await processor.SetAsideAsync(caseId, item.CommandId, envelope, CommandFailure.Explain(failure), cancellationToken)
                    .ConfigureAwait(false);
            }

            await inbox.RemoveAsync(item, cancellationToken).ConfigureAwait(false);
            if (envelope?.PayloadRef is { } reference)
            {
                await payloads.DeleteAsync(reference, cancellationToken).ConfigureAwait(false);
            }

            if (envelope is not null)
            {
                var applied = clock.GetElapsedTime(started);
                var waited = clock.GetUtcNow() - applied - envelope.IssuedAt;
                LogTimes(logger, caseId, envelope.Kind, waited.TotalMilliseconds, applied.TotalMilliseconds);
            }

            handled++;
        }

        // The last command applied says where the case stands; read it only when none did (or one was set aside).
        return new InboxOutcome(handled, pending.Count > MaxPerDrain,
            schedule ?? await processor.ScheduleOfAsync(caseId, cancellationToken).ConfigureAwait(false)) { NeedsEngine = needsEngine };
    }

    // Where a command's time goes once accepted (the lifecycle benchmark reads these): waiting for the engine to
    // run the drain, then applying it and removing it from the inbox.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Case {CaseId}: {Kind} waited {WaitedMs:F0} ms, applied in {AppliedMs:F0} ms")]
    private static partial void LogTimes(ILogger logger, string caseId, CaseCommand kind, double waitedMs, double appliedMs);

    // The exception's type only: its message could carry request data.
    [LoggerMessage(Level = LogLevel.Error, Message = "Case {CaseId}: {Kind} failed to apply ({Failure}, failure {Failures})")]
    private static partial void LogFailed(ILogger logger, string caseId, string kind, string failure, int failures);
}
