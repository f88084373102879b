using Remediation.Domain.Rules;

namespace Remediation.Domain.Ledger;

/// <summary>What applying something to a ledger line did: changed it, found it already done, or refused.</summary>
public sealed record LedgerChange(bool Changed, Refusal? Refusal)
{
    public static readonly LedgerChange Applied = new(true, null);

    /// <summary>The same payment or receipt was recorded before: nothing changes (idempotent retries).</summary>
    public static readonly LedgerChange AlreadyApplied = new(false, null);

    public bool IsRefused => Refusal is not null;

    public static LedgerChange Refused(string reason) => new(false, Refusal.Invalid(reason));
}
