using System.Text.Json.Serialization;

namespace Remediation.Contracts.Cases;

[JsonConverter(typeof(JsonStringEnumConverter<EmploymentStatus>))]
public enum EmploymentStatus
{
    [JsonStringEnumMemberName("current")]
    Current,

    [JsonStringEnumMemberName("former")]
    Former,
}
