using Microsoft.DurableTask.Client;
using Remediation.Domain.Cases;
using Remediation.Domain.Inbox;
using Remediation.Domain.Parties;
using Remediation.Domain.Payloads;
using Remediation.Workflows.Commands;
using Remediation.Workflows.Handling;
using Remediation.Workflows.Orchestration;

namespace Remediation.Workflows.Sending;

/// <summary>
/// Delivers a command to its case: into the case's inbox (payloads over <see cref="CommandEnvelope.InlineLimit"/>
/// are stored first and travel as a reference), then a wake-up event carrying only the command id. A closed case
/// has no running orchestration; its commands (notes) are applied at once.
/// </summary>
public sealed class CaseCommandSender(
    IDurableClientSource durable,
    ICommandInbox inbox,
    ICommandLog commandLog,
    IPayloadStore payloads,
    InboxDrain drain,
    TimeProvider clock)
{
    /// <summary>
    /// Returns the inbox outcome when the command was applied at once (no running orchestration), or null when it was
    /// queued and its case's orchestration woken. The command log decides which copy of a command is the command: the
    /// first record written. A copy sent again (a retry after a lost answer, or two at once) writes the same inbox
    /// entry, at the first copy's time, so the case applies it once; a copy of a command already applied or refused
    /// writes nothing.
    /// </summary>
    public async Task<InboxOutcome?> SendAsync<TPayload>(
        string caseId, string commandId, CaseCommand kind, Actor actor, TPayload payload, CancellationToken cancellationToken = default)
    {
        if (!await QueueAsync(caseId, commandId, kind, actor, payload, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var instance = await durable.Client.GetInstanceAsync(caseId, getInputsAndOutputs: false, cancellationToken).ConfigureAwait(false);
        return instance is null or { IsCompleted: true }
            ? await drain.DrainAsync(caseId, cancellationToken).ConfigureAwait(false)
            : await WakeAsync(caseId, commandId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Puts the command in its case's inbox without waking the orchestration, for a caller that drains the inbox itself
    /// and then wakes it only if the drain says so (<see cref="InboxOutcome.NeedsEngine"/>); false when the command was
    /// handled before and nothing was queued.
    /// </summary>
    public async Task<bool> QueueAsync<TPayload>(
        string caseId, string commandId, CaseCommand kind, Actor actor, TPayload payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var json = CommandJson.Serialize(payload);
        var record = await commandLog.QueuedAsync(
            new CommandRecord(caseId, commandId, kind, actor, clock.GetUtcNow(), CommandState.Queued) { PayloadHash = CommandJson.Hash(json) },
            cancellationToken).ConfigureAwait(false);
        if (record.IsCompleted)
        {
            return false;
        }

        var envelope = await EnvelopeAsync(caseId, commandId, kind, actor, json, record.IssuedAt, cancellationToken).ConfigureAwait(false);
        await inbox.AddAsync(caseId, commandId, envelope.IssuedAt, CommandJson.Serialize(envelope), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Wakes the case's orchestration to drain its inbox, for <paramref name="commandId"/>; drains it here if the
    /// orchestration has just ended.
    /// </summary>
    public async Task<InboxOutcome?> WakeAsync(string caseId, string commandId, CancellationToken cancellationToken = default)
    {
        await durable.Client.RaiseEventAsync(caseId, CaseOrchestrator.CommandEvent, commandId, cancellationToken).ConfigureAwait(false);

        // The case may have closed, and its orchestration ended, just as we woke it: then nobody else will drain.
        var after = await durable.Client.GetInstanceAsync(caseId, getInputsAndOutputs: false, cancellationToken).ConfigureAwait(false);
        return after is { IsCompleted: true } ? await drain.DrainAsync(caseId, cancellationToken).ConfigureAwait(false) : null;
    }

    public Task<CommandEnvelope> EnvelopeAsync(
        string caseId, string commandId, CaseCommand kind, Actor actor, string json, CancellationToken cancellationToken = default) =>
        EnvelopeAsync(caseId, commandId, kind, actor, json, clock.GetUtcNow(), cancellationToken);

    /// <summary>The envelope of a command given at <paramref name="issuedAt"/>; a payload too large to travel inline is stored first.</summary>
    public async Task<CommandEnvelope> EnvelopeAsync(
        string caseId, string commandId, CaseCommand kind, Actor actor, string json, DateTimeOffset issuedAt,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(json);
        var now = issuedAt;
        return json.Length <= CommandEnvelope.InlineLimit
            ? new CommandEnvelope(caseId, commandId, kind, actor.Role, actor.PartyId, now, json, null) { By = actor.By }
            : new CommandEnvelope(
                caseId,
                commandId,
                kind,
                actor.Role,
                actor.PartyId,
                now,
                null,
                await payloads.PutAsync(caseId, commandId, json, cancellationToken).ConfigureAwait(false))
            {
                By = actor.By,
            };
    }
}
