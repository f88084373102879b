using System.Text.Json.Serialization;

namespace Remediation.Contracts.Cases;

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
