namespace Remediation.Domain.Parties;

/// <summary>What an API key (or the clock) may act as.</summary>
public enum Role
{
    Partner,
    Supplier,
    Caseworker,
    Admin,

    /// <summary>A worker answering with their confirmation code: no account, no party, only their own ledger line.</summary>
    Worker,

    /// <summary>The clock: deadlines, escalations and automatic stage changes.</summary>
    System,
}
