using Remediation.Domain.Ledger;

namespace Remediation.Workflows.Handling;

/// <summary>Ledger writes of a command, or their preview when the command is only being checked.</summary>
internal static class LedgerWrites
{
    public static Task<LedgerWrite> ChangeAsync(
        this ILedgerStore ledger,
        CommandContext context,
        IReadOnlyDictionary<string, Func<LedgerLine, (LedgerLine Line, LedgerChange Change)>> changes,
        CancellationToken cancellationToken) =>
        context.IsPreview
            ? ledger.PreviewChangeLinesAsync(context.CaseId, changes, cancellationToken)
            : ledger.ChangeLinesAsync(context.CaseId, changes, cancellationToken);
}
