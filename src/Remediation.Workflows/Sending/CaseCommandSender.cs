using Microsoft.DurableTask.Client;
using Remediation.Domain.Cases;
using Remediation.Domain.Parties;
using Remediation.Domain.Payloads;
using Remediation.Workflows.Commands;
using Remediation.Workflows.Handling;
using Remediation.Workflows.Orchestration;

namespace Remediation.Workflows.Sending;

/// <summary>
/// Delivers a command to its case: as an external event to the case's orchestration (payloads over
/// <see cref="CommandEnvelope.InlineLimit"/> are stored first and sent as a reference), or, for a closed case whose
/// orchestration has ended, straight to the command processor.
/// </summary>
public sealed class CaseCommandSender(DurableTaskClient client, IPayloadStore payloads, CommandProcessor processor, TimeProvider clock)
{
    /// <summary>Returns the outcome when the command was applied at once (closed case), or null when it was queued.</summary>
    public async Task<CommandOutcome?> SendAsync<TPayload>(string caseId, string commandId, CaseCommand kind, Actor actor, TPayload payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var envelope = await EnvelopeAsync(caseId, commandId, kind, actor, CommandJson.Serialize(payload), cancellationToken).ConfigureAwait(false);
        var instance = await client.GetInstanceAsync(caseId, getInputsAndOutputs: false, cancellationToken).ConfigureAwait(false);
        if (instance is null or { IsCompleted: true })
        {
            return await processor.ApplyAsync(envelope, cancellationToken).ConfigureAwait(false);
        }

        await client.RaiseEventAsync(caseId, CaseOrchestrator.CommandEvent, envelope, cancellationToken).ConfigureAwait(false);
        return null;
    }

    public async Task<CommandEnvelope> EnvelopeAsync(string caseId, string commandId, CaseCommand kind, Actor actor, string json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(json);
        var now = clock.GetUtcNow();
        return json.Length <= CommandEnvelope.InlineLimit
            ? new CommandEnvelope(caseId, commandId, kind, actor.Role, actor.PartyId, now, json, null)
            : new CommandEnvelope(caseId, commandId, kind, actor.Role, actor.PartyId, now, null, await payloads.PutAsync(caseId, commandId, json, cancellationToken).ConfigureAwait(false));
    }
}
