using Microsoft.Extensions.Options;
using Remediation.Domain;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Intake;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Commands.Triage;

public sealed class TriageHandler(IOptions<DeadlinePolicy> policy) : ICaseCommandHandler
{
    public CaseCommand Kind => CaseCommand.Triage;

    public Task<Transition> ApplyAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var payload = context.Read<TriagePayload>();
        if (payload is null)
        {
            return Task.FromResult(context.Unreadable());
        }

        if (!payload.Accept)
        {
            return Task.FromResult(context.Case.RejectTriage(context.Actor, payload.Reason, context.Now, policy.Value));
        }

        var priority = context.Case.Priority;
        if (payload.Priority is not null && !WireNames.TryParsePriority(payload.Priority, out priority))
        {
            return Task.FromResult(context.Refuse("priority must be 'standard' or 'priority'."));
        }

        if (payload.SupplierId is not null && !Identifiers.PartyId().IsMatch(payload.SupplierId))
        {
            return Task.FromResult(context.Refuse("supplierId must be 1 to 64 letters, digits or . _ -."));
        }

        return Task.FromResult(context.Case.AcceptTriage(context.Actor, payload.SupplierId, payload.Contracts ?? [], priority, context.Now, policy.Value));
    }
}
