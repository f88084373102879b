using System.Text.Json.Serialization;

namespace Remediation.Contracts.Admin;

[JsonConverter(typeof(JsonStringEnumConverter<MemberStatus>))]
public enum MemberStatus
{
    /// <summary>Invited by e-mail: binds to the first sign-in with that verified address.</summary>
    [JsonStringEnumMemberName("invited")]
    Invited,

    [JsonStringEnumMemberName("active")]
    Active,

    /// <summary>Refused at once, on every request.</summary>
    [JsonStringEnumMemberName("disabled")]
    Disabled,
}
