using Microsoft.Extensions.Options;
using Remediation.Domain;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Intake;
using Remediation.Domain.Parties;
using Remediation.Domain.Rules;
using Remediation.Domain.Validation;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Commands.Triage;

public sealed class TriageHandler(IPartyStore parties, IOptions<DeadlinePolicy> policy) : CaseCommandHandler<TriagePayload, TriageDecision>
{
    public override CaseCommand Kind => CaseCommand.Triage;

    protected override async Task<Checked<TriageDecision>> ValidateAsync(
        CommandContext context, TriagePayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(payload);
        if (!payload.Accept)
        {
            return Checked.Valid(new TriageDecision(false, payload.Reason, null, [], context.Case.Priority));
        }

        var priority = context.Case.Priority;
        if (payload.Priority is not null && !WireNames.TryParsePriority(payload.Priority, out priority))
        {
            return Checked.Refused<TriageDecision>("priority must be 'standard' or 'priority'.");
        }

        if (payload.SupplierId is not null && !Identifiers.PartyId().IsMatch(payload.SupplierId))
        {
            return Checked.Refused<TriageDecision>("supplierId must be 1 to 64 letters, digits or . _ -.");
        }

        // The supplier a case is linked to must be registered: its key is how it will acknowledge and pay.
        if (payload.SupplierId is { } supplierId
            && await parties.GetAsync(PartyKind.Supplier, supplierId, cancellationToken).ConfigureAwait(false) is null)
        {
            return Checked.Refused<TriageDecision>(Refusal.Invalid(
                $"No supplier {supplierId} is registered.",
                [new FieldError("$.supplierId", "Register the supplier first (POST /admin/parties).")]));
        }

        return Checked.Valid(new TriageDecision(true, payload.Reason, payload.SupplierId, payload.Contracts ?? [], priority));
    }

    protected override Task<Transition> ApplyAsync(CommandContext context, TriageDecision command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        return Task.FromResult(command.Accept
            ? context.Case.AcceptTriage(context.Actor, command.SupplierId, command.Contracts, command.Priority, context.Now, policy.Value)
            : context.Case.RejectTriage(context.Actor, command.Reason, context.Now, policy.Value));
    }
}
