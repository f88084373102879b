namespace Remediation.Domain.Ledger;

public enum LedgerLineStatus
{
    /// <summary>No investigation findings for this worker yet.</summary>
    AwaitingFindings,

    /// <summary>The findings confirm nothing is owed.</summary>
    NothingOwed,
    Owed,
    PartiallyPaid,

    /// <summary>Every confirmed amount is recorded as paid; receipt not yet confirmed by the worker.</summary>
    Paid,

    /// <summary>The worker confirmed receipt of every confirmed amount.</summary>
    Verified,

    /// <summary>The worker disputed a receipt: part of what was recorded as paid is owed again.</summary>
    Disputed,
}
