using Remediation.Domain.Cases;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Commands.DeadlineExtension;

public sealed class DeadlineExtensionHandler : ICaseCommandHandler
{
    public CaseCommand Kind => CaseCommand.ExtendDeadline;

    public Task<Transition> ApplyAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var payload = context.Read<DeadlineExtensionPayload>();
        return Task.FromResult(payload is null
            ? context.Unreadable()
            : context.Case.ExtendDeadline(context.Actor, payload.NewDeadline, payload.Reason, context.Now));
    }
}
