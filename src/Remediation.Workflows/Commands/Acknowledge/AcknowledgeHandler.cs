using Microsoft.Extensions.Options;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Commands.Acknowledge;

/// <summary>The supplier acknowledges the case; it carries no payload.</summary>
public sealed class AcknowledgeHandler(IOptions<DeadlinePolicy> policy) : CaseCommandHandler<AcknowledgePayload>
{
    public override CaseCommand Kind => CaseCommand.Acknowledge;

    protected override Task<Transition> ApplyAsync(CommandContext context, AcknowledgePayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(context.Case.Acknowledge(context.Actor, context.Now, policy.Value));
    }
}
