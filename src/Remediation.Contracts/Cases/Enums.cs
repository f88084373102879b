using System.Text.Json.Serialization;

namespace Remediation.Contracts.Cases;

/// <summary>Where a case is in its life.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Stage>))]
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

/// <summary>How a closed case ended.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CaseOutcome>))]
public enum CaseOutcome
{
    Remediated,
    Unremediated,
    Rejected,
    Withdrawn,
}

/// <summary>Priority cases (forced-labour indicators, retaliation) have shorter deadlines.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Priority>))]
public enum Priority
{
    [JsonStringEnumMemberName("standard")]
    Standard,

    [JsonStringEnumMemberName("priority")]
    Priority,
}

/// <summary>Who has to act now (and so who is late when the deadline passes).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WaitingFor>))]
public enum WaitingFor
{
    [JsonStringEnumMemberName("caseworker")]
    Caseworker,

    [JsonStringEnumMemberName("supplier")]
    Supplier,

    [JsonStringEnumMemberName("partner")]
    Partner,

    [JsonStringEnumMemberName("nobody")]
    Nobody,
}

/// <summary>The eleven ILO indicators of forced labour.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ForcedLabourIndicator>))]
public enum ForcedLabourIndicator
{
    [JsonStringEnumMemberName("abuse_of_vulnerability")]
    AbuseOfVulnerability,

    [JsonStringEnumMemberName("deception")]
    Deception,

    [JsonStringEnumMemberName("restriction_of_movement")]
    RestrictionOfMovement,

    [JsonStringEnumMemberName("isolation")]
    Isolation,

    [JsonStringEnumMemberName("physical_and_sexual_violence")]
    PhysicalAndSexualViolence,

    [JsonStringEnumMemberName("intimidation_and_threats")]
    IntimidationAndThreats,

    [JsonStringEnumMemberName("retention_of_identity_documents")]
    RetentionOfIdentityDocuments,

    [JsonStringEnumMemberName("withholding_of_wages")]
    WithholdingOfWages,

    [JsonStringEnumMemberName("debt_bondage")]
    DebtBondage,

    [JsonStringEnumMemberName("abusive_working_and_living_conditions")]
    AbusiveWorkingAndLivingConditions,

    [JsonStringEnumMemberName("excessive_overtime")]
    ExcessiveOvertime,
}

/// <summary>Recruitment fees and related costs, by the ILO definition (2019).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FeeCategory>))]
public enum FeeCategory
{
    [JsonStringEnumMemberName("recruitment_fee")]
    RecruitmentFee,

    [JsonStringEnumMemberName("medical")]
    Medical,

    [JsonStringEnumMemberName("insurance")]
    Insurance,

    [JsonStringEnumMemberName("skills_test")]
    SkillsTest,

    [JsonStringEnumMemberName("training_orientation")]
    TrainingOrientation,

    [JsonStringEnumMemberName("equipment")]
    Equipment,

    [JsonStringEnumMemberName("travel_lodging")]
    TravelLodging,

    [JsonStringEnumMemberName("documents_visa_permit")]
    DocumentsVisaPermit,

    [JsonStringEnumMemberName("deposit_bond")]
    DepositBond,

    [JsonStringEnumMemberName("illegitimate")]
    Illegitimate,

    [JsonStringEnumMemberName("loan_interest")]
    LoanInterest,

    [JsonStringEnumMemberName("other")]
    Other,
}

[JsonConverter(typeof(JsonStringEnumConverter<EmploymentStatus>))]
public enum EmploymentStatus
{
    [JsonStringEnumMemberName("current")]
    Current,

    [JsonStringEnumMemberName("former")]
    Former,
}

/// <summary>What is repayable: everything the worker paid, or only what exceeds the origin country's legal cap.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RepaymentBasis>))]
public enum RepaymentBasis
{
    [JsonStringEnumMemberName("zero_fee")]
    ZeroFee,

    [JsonStringEnumMemberName("legal_cap")]
    LegalCap,
}

/// <summary>Where one worker's line stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LedgerLineStatus>))]
public enum LedgerLineStatus
{
    AwaitingFindings,
    NothingOwed,
    Owed,
    PartiallyPaid,
    Paid,
    Verified,
    Disputed,
}
