namespace Remediation.Domain.Cases;

/// <summary>The stages of a case, in order (UN Guiding Principle 31: clear stages, each with a time frame).</summary>
public enum Stage
{
    Triage,
    SupplierAcknowledgement,
    Investigation,
    RemediationPlan,
    Reimbursement,
    Verification,
    Closed,
}
