using Microsoft.Extensions.Options;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Ledger;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Commands.Close;

public sealed class CloseHandler(
    ILedgerStore ledger,
    IOptions<DeadlinePolicy> policy,
    IOptions<VerificationPolicy> verification) : CaseCommandHandler<ClosePayload>
{
    public override CaseCommand Kind => CaseCommand.Close;

    protected override async Task<Transition> ApplyAsync(CommandContext context, ClosePayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        CaseOutcome? outcome = payload.Outcome switch
        {
            "remediated" => CaseOutcome.Remediated,
            "unremediated" => CaseOutcome.Unremediated,
            "withdrawn" => CaseOutcome.Withdrawn,
            _ => null,
        };
        if (outcome is null)
        {
            return context.Refuse("outcome must be 'remediated', 'unremediated' or 'withdrawn'.");
        }

        var summary = await ledger.GetSummaryAsync(context.CaseId, cancellationToken).ConfigureAwait(false);
        return context.Case.Close(context.Actor, outcome.Value, payload.Reason, summary, verification.Value, context.Now, policy.Value);
    }
}
