using Microsoft.Extensions.Options;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Commands.PlanDecision;

public sealed class PlanDecisionHandler(IOptions<DeadlinePolicy> policy) : CaseCommandHandler<PlanDecisionPayload>
{
    public override CaseCommand Kind => CaseCommand.DecidePlan;

    protected override Task<Transition> ApplyAsync(CommandContext context, PlanDecisionPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(payload);
        return Task.FromResult(payload switch
        {
            { Approve: true } => context.Case.ApprovePlan(context.Actor, payload.Justification, context.Now, policy.Value),
            _ => context.Case.RejectPlan(context.Actor, payload.Reason, context.Now, policy.Value),
        });
    }
}
