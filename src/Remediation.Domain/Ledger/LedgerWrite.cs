using Remediation.Domain.Rules;

namespace Remediation.Domain.Ledger;

/// <summary>
/// The result of a ledger command: the summary after it and how many lines changed; or, when any line refused,
/// every refusal by worker reference and nothing written at all.
/// </summary>
public sealed record LedgerWrite(LedgerSummary Summary, int LinesChanged, IReadOnlyDictionary<string, Refusal> Refusals)
{
    public bool IsRefused => Refusals.Count > 0;
}
