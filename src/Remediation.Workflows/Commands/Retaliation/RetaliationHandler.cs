using Microsoft.Extensions.Options;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Commands.Retaliation;

public sealed class RetaliationHandler(IOptions<DeadlinePolicy> policy) : ICaseCommandHandler
{
    public CaseCommand Kind => CaseCommand.ReportRetaliation;

    public Task<Transition> ApplyAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var payload = context.Read<RetaliationPayload>();
        return Task.FromResult(payload is null ? context.Unreadable() : context.Case.ReportRetaliation(context.Actor, payload.Description, context.Now, policy.Value));
    }
}
