using Microsoft.Extensions.Options;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Commands.Escalate;

/// <summary>The clock's command: climb the ladder to the level due at the command's time (nothing if none is due yet).</summary>
public sealed class EscalateHandler(IOptions<DeadlinePolicy> policy) : ICaseCommandHandler
{
    public CaseCommand Kind => CaseCommand.Escalate;

    public Task<Transition> ApplyAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(context.Case.Escalate(context.Actor, context.Now, policy.Value));
    }
}
