using Microsoft.Extensions.Options;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Ledger;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Commands.Escalate;

/// <summary>The clock's command: climb the ladder to the level due at the command's time (nothing if none is due yet).</summary>
public sealed class EscalateHandler(IOptions<DeadlinePolicy> policy, ILedgerStore ledger) : CaseCommandHandler<EscalatePayload>
{
    public override CaseCommand Kind => CaseCommand.Escalate;

    protected override async Task<Transition> ApplyAsync(CommandContext context, EscalatePayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Only Verification needs the ledger to know who is late; the other stages say it themselves.
        var summary = context.Case.Stage == Stage.Verification
            ? await ledger.GetSummaryAsync(context.Case.Id, cancellationToken).ConfigureAwait(false)
            : null;
        return context.Case.Escalate(context.Actor, context.Now, policy.Value, summary);
    }
}
