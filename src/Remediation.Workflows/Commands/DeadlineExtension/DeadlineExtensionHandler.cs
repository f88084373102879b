using Remediation.Domain.Cases;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Commands.DeadlineExtension;

public sealed class DeadlineExtensionHandler : CaseCommandHandler<DeadlineExtensionPayload>
{
    public override CaseCommand Kind => CaseCommand.ExtendDeadline;

    protected override Task<Transition> ApplyAsync(CommandContext context, DeadlineExtensionPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(payload);
        return Task.FromResult(context.Case.ExtendDeadline(context.Actor, payload.NewDeadline, payload.Reason, context.Now));
    }
}
