using System.Text.Json.Serialization;

namespace Remediation.Contracts.Cases;

/// <summary>Priority cases (forced-labour indicators, retaliation) have shorter deadlines.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Priority>))]
public enum Priority
{
    [JsonStringEnumMemberName("standard")]
    Standard,

    [JsonStringEnumMemberName("priority")]
    Priority,
}
