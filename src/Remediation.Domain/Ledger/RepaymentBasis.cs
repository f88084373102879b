namespace Remediation.Domain.Ledger;

/// <summary>What is repayable: everything the worker paid, or only what exceeds the origin country's legal cap.</summary>
public enum RepaymentBasis
{
    ZeroFee,
    LegalCap,
}
