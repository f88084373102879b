using Remediation.Domain.Inbox;
using Remediation.Domain.Payloads;
using Remediation.Workflows.Commands;

namespace Remediation.Workflows.Handling;

/// <summary>
/// Applies a case's pending commands in the order they were given, removing each once it is applied. A crash
/// between applying and removing is harmless: the case remembers the command id and ignores it the second time.
/// A large command's stored payload goes once its command is out of the inbox (nothing reads it after that).
/// </summary>
public sealed class InboxDrain(ICommandInbox inbox, CommandProcessor processor, IPayloadStore payloads)
{
    /// <summary>Commands per drain, so one activity stays short even when a batch of large commands waits.</summary>
    public const int MaxPerDrain = 10;

    public async Task<InboxOutcome> DrainAsync(string caseId, CancellationToken cancellationToken = default)
    {
        using var span = Telemetry.RemediationTelemetry.Source.StartActivity("DrainInbox");
        span?.SetTag("remediation.case_id", caseId);
        var pending = await inbox.PendingAsync(caseId, MaxPerDrain + 1, cancellationToken).ConfigureAwait(false);
        var handled = 0;
        foreach (var item in pending.Take(MaxPerDrain))
        {
            var envelope = CommandJson.TryDeserialize<CommandEnvelope>(item.Envelope)
                ?? throw new InvalidDataException($"Inbox entry {item.Position} of case {caseId} is not a command envelope.");
            await processor.ApplyAsync(envelope, cancellationToken).ConfigureAwait(false);
            await inbox.RemoveAsync(item, cancellationToken).ConfigureAwait(false);
            if (envelope.PayloadRef is { } reference)
            {
                await payloads.DeleteAsync(reference, cancellationToken).ConfigureAwait(false);
            }

            handled++;
        }

        return new InboxOutcome(handled, pending.Count > MaxPerDrain, await processor.ScheduleOfAsync(caseId, cancellationToken).ConfigureAwait(false));
    }
}
