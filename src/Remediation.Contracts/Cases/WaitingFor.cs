using System.Text.Json.Serialization;

namespace Remediation.Contracts.Cases;

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
