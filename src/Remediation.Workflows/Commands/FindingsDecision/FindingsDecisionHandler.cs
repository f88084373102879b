using Microsoft.Extensions.Options;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Ledger;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Commands.FindingsDecision;

public sealed class FindingsDecisionHandler(ILedgerStore ledger, IOptions<DeadlinePolicy> policy) : CaseCommandHandler<FindingsDecisionPayload>
{
    public override CaseCommand Kind => CaseCommand.DecideFindings;

    protected override async Task<Transition> ApplyAsync(CommandContext context, FindingsDecisionPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        if (!payload.Accept)
        {
            return context.Case.ReturnFindings(context.Actor, payload.Reason, context.Now, policy.Value);
        }

        var summary = await ledger.GetSummaryAsync(context.CaseId, cancellationToken).ConfigureAwait(false);
        return context.Case.AcceptFindings(context.Actor, summary, context.Now, policy.Value);
    }
}
