using System.Text.Json.Serialization;

namespace Remediation.Contracts.Session;

/// <summary>
/// Who acted: a person signed in with OpenID Connect (their membership id and display name), a machine client
/// (client credentials; its membership id and name) or an API key (its id and label). Absent for the clock and for
/// workers' own answers.
/// </summary>
public sealed record ActedByView
{
    public required ActedByKind Kind { get; init; }

    /// <summary>Stable: a membership id (<c>mem_…</c>) for people and clients, a key id for keys.</summary>
    public required string Id { get; init; }

    /// <summary>The person's or client's display name, or the key's label; withheld from other parties.</summary>
    public string? Name { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<ActedByKind>))]
public enum ActedByKind
{
    [JsonStringEnumMemberName("key")]
    Key,

    [JsonStringEnumMemberName("person")]
    Person,

    [JsonStringEnumMemberName("client")]
    Client,
}
