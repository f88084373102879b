using System.Text.Json.Serialization;

namespace Remediation.Contracts.Cases;

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
