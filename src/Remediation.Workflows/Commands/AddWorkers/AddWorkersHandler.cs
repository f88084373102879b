using Remediation.Domain.Cases;
using Remediation.Domain.Intake;
using Remediation.Domain.Ledger;
using Remediation.Domain.Validation;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Commands.AddWorkers;

/// <summary>Adds ledger lines for more workers; a worker already in the case refuses the whole batch.</summary>
public sealed class AddWorkersHandler(ILedgerStore ledger) : CaseCommandHandler<AddWorkersPayload>
{
    public override CaseCommand Kind => CaseCommand.AddWorkers;

    protected override async Task<Transition> ApplyAsync(CommandContext context, AddWorkersPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var transition = context.Case.AddWorkers(context.Actor, payload.Workers?.Count ?? 0, context.Now);
        if (transition.IsRefused)
        {
            return transition;
        }

        var errors = new ErrorList();
        var lines = WorkerValidator.Validate(payload.Workers, "$.workers", DateOnly.FromDateTime(context.Now.UtcDateTime), errors);
        if (errors.Any)
        {
            return context.Refuse(RefusalText.FromErrors(errors.Errors));
        }

        var write = await (context.IsPreview
            ? ledger.PreviewAddLinesAsync(context.CaseId, lines, cancellationToken)
            : ledger.AddLinesAsync(context.CaseId, context.CommandId, lines, cancellationToken)).ConfigureAwait(false);
        return write.IsRefused ? context.Refuse(RefusalText.FromLedger(write.Refusals)) : transition;
    }
}
