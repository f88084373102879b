using Microsoft.Extensions.Options;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Commands.PlanDecision;

public sealed class PlanDecisionHandler(IOptions<DeadlinePolicy> policy) : ICaseCommandHandler
{
    public CaseCommand Kind => CaseCommand.DecidePlan;

    public Task<Transition> ApplyAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var payload = context.Read<PlanDecisionPayload>();
        return Task.FromResult(payload switch
        {
            null => context.Unreadable(),
            { Approve: true } => context.Case.ApprovePlan(context.Actor, payload.Justification, context.Now, policy.Value),
            _ => context.Case.RejectPlan(context.Actor, payload.Reason, context.Now, policy.Value),
        });
    }
}
