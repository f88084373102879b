namespace Remediation.Domain.Ledger;

/// <summary>Former workers are owed as much as current ones (Cal-Comp repaid both).</summary>
public enum EmploymentStatus
{
    Current,
    Former,
}
