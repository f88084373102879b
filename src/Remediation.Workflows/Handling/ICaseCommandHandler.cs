using Remediation.Domain.Cases;

namespace Remediation.Workflows.Handling;

/// <summary>
/// Applies one kind of command to a case: validates the payload, changes the ledger if the command is about money,
/// and returns the domain's transition. Must be idempotent: a retried command may meet its own earlier ledger
/// changes, which the domain then reports as already applied.
/// </summary>
public interface ICaseCommandHandler
{
    CaseCommand Kind { get; }

    Task<Transition> ApplyAsync(CommandContext context, CancellationToken cancellationToken);
}
