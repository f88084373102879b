using Microsoft.Extensions.Options;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Evidence;
using Remediation.Domain.Validation;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Commands.Retaliation;

/// <summary>A report of retaliation: the case becomes priority; the evidence it cites becomes partner-only.</summary>
public sealed class RetaliationHandler(IEvidenceStore evidence, IOptions<DeadlinePolicy> policy) : CaseCommandHandler<RetaliationPayload>
{
    public override CaseCommand Kind => CaseCommand.ReportRetaliation;

    protected override async Task<Checked<RetaliationPayload>> ValidateAsync(
        CommandContext context, RetaliationPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(payload);
        var errors = new ErrorList();
        await EvidenceCitations.CheckAsync(evidence, context, [("$.evidenceIds", payload.EvidenceIds)], errors, cancellationToken)
            .ConfigureAwait(false);
        return Checked.Of(payload, errors);
    }

    protected override async Task<Transition> ApplyAsync(CommandContext context, RetaliationPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(payload);
        var transition = context.Case.ReportRetaliation(context.Actor, payload.Description, context.Now, policy.Value);
        if (!transition.IsRefused && !context.IsPreview)
        {
            await evidence.RestrictAsync(context.CaseId, payload.EvidenceIds ?? [], cancellationToken).ConfigureAwait(false);
        }

        return transition;
    }
}
