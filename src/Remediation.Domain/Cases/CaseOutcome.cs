namespace Remediation.Domain.Cases;

public enum CaseOutcome
{
    Remediated,
    Unremediated,

    /// <summary>Rejected at triage.</summary>
    Rejected,
    Withdrawn,
}
