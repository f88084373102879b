using Remediation.Domain.Cases;
using Remediation.Domain.Intake;
using Remediation.Domain.Ledger;
using Remediation.Domain.Validation;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Commands.AddWorkers;

/// <summary>Adds ledger lines for more workers; a worker already in the case refuses the whole batch.</summary>
public sealed class AddWorkersHandler(ILedgerStore ledger) : CaseCommandHandler<AddWorkersPayload, IReadOnlyList<LedgerLine>>
{
    public override CaseCommand Kind => CaseCommand.AddWorkers;

    protected override Task<Checked<IReadOnlyList<LedgerLine>>> ValidateAsync(
        CommandContext context, AddWorkersPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(payload);
        var errors = new ErrorList();
        var lines = WorkerValidator.Validate(payload.Workers, "$.workers", DateOnly.FromDateTime(context.Now.UtcDateTime), errors);
        return Task.FromResult(Checked.Of(lines, errors));
    }

    protected override async Task<Transition> ApplyAsync(
        CommandContext context, IReadOnlyList<LedgerLine> command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        var lines = command;
        var transition = context.Case.AddWorkers(context.Actor, lines.Count, context.Now);
        if (transition.IsRefused)
        {
            return transition;
        }

        var write = await (context.IsPreview
            ? ledger.PreviewAddLinesAsync(context.CaseId, lines, cancellationToken)
            : ledger.AddLinesAsync(context.CaseId, context.CommandId, lines, cancellationToken)).ConfigureAwait(false);
        return write.IsRefused ? context.Refuse(RefusalText.FromLedger(write.Refusals)) : transition;
    }
}
