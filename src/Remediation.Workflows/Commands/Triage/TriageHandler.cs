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

public sealed class TriageHandler(IPartyStore parties, IOptions<DeadlinePolicy> policy) : CaseCommandHandler<TriagePayload>
{
    public override CaseCommand Kind => CaseCommand.Triage;

    protected override async Task<Transition> ApplyAsync(CommandContext context, TriagePayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        if (!payload.Accept)
        {
            return context.Case.RejectTriage(context.Actor, payload.Reason, context.Now, policy.Value);
        }

        var priority = context.Case.Priority;
        if (payload.Priority is not null && !WireNames.TryParsePriority(payload.Priority, out priority))
        {
            return context.Refuse("priority must be 'standard' or 'priority'.");
        }

        if (payload.SupplierId is not null && !Identifiers.PartyId().IsMatch(payload.SupplierId))
        {
            return context.Refuse("supplierId must be 1 to 64 letters, digits or . _ -.");
        }

        // The supplier a case is linked to must be registered: its key is how it will acknowledge and pay.
        if (payload.SupplierId is { } supplierId
            && await parties.GetAsync(PartyKind.Supplier, supplierId, cancellationToken).ConfigureAwait(false) is null)
        {
            return context.Refuse(Refusal.Invalid(
                $"No supplier {supplierId} is registered.",
                [new FieldError("$.supplierId", "Register the supplier first (POST /admin/parties).")]));
        }

        return context.Case.AcceptTriage(context.Actor, payload.SupplierId, payload.Contracts ?? [], priority, context.Now, policy.Value);
    }
}
