namespace Remediation.Domain.Ledger;

/// <summary>The ILO (2019) categories of recruitment fees and related costs.</summary>
public enum FeeCategory
{
    RecruitmentFee,
    Medical,
    Insurance,
    SkillsTest,
    TrainingOrientation,
    Equipment,
    TravelLodging,
    DocumentsVisaPermit,
    DepositBond,
    Illegitimate,
    LoanInterest,
    Other,
}
