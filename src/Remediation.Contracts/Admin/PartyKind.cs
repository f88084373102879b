using System.Text.Json.Serialization;

namespace Remediation.Contracts.Admin;

[JsonConverter(typeof(JsonStringEnumConverter<PartyKind>))]
public enum PartyKind
{
    [JsonStringEnumMemberName("partner")]
    Partner,

    [JsonStringEnumMemberName("supplier")]
    Supplier,
}
