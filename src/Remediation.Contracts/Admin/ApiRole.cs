using System.Text.Json.Serialization;

namespace Remediation.Contracts.Admin;

[JsonConverter(typeof(JsonStringEnumConverter<ApiRole>))]
public enum ApiRole
{
    [JsonStringEnumMemberName("partner")]
    Partner,

    [JsonStringEnumMemberName("supplier")]
    Supplier,

    [JsonStringEnumMemberName("caseworker")]
    Caseworker,

    [JsonStringEnumMemberName("admin")]
    Admin,
}
