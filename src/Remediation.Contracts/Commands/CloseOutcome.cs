namespace Remediation.Contracts.Commands;

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<CloseOutcome>))]
public enum CloseOutcome
{
    [System.Text.Json.Serialization.JsonStringEnumMemberName("remediated")]
    Remediated,

    [System.Text.Json.Serialization.JsonStringEnumMemberName("unremediated")]
    Unremediated,

    [System.Text.Json.Serialization.JsonStringEnumMemberName("withdrawn")]
    Withdrawn,
}
