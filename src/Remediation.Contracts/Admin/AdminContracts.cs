using System.ComponentModel.DataAnnotations;
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

/// <summary>POST /admin/parties: a monitoring partner or a supplier.</summary>
public sealed record RegisterPartyRequest
{
    public required PartyKind Kind { get; init; }

    [RegularExpression("^[A-Za-z0-9._-]{1,64}$")]
    public required string Id { get; init; }

    [StringLength(200, MinimumLength = 1)]
    public required string Name { get; init; }
}

public sealed record PartyView
{
    public required PartyKind Kind { get; init; }

    public required string Id { get; init; }

    public required string Name { get; init; }
}

/// <summary>POST /admin/api-keys: a key for a role; partners and suppliers act for their party.</summary>
public sealed record IssueApiKeyRequest
{
    public required ApiRole Role { get; init; }

    /// <summary>Partner and supplier keys: the registered party; not allowed for caseworker and admin keys.</summary>
    public string? PartyId { get; init; }

    /// <summary>Optional; must be in the future.</summary>
    public DateTimeOffset? ExpiresOn { get; init; }
}

/// <summary>An issued key. <see cref="Key"/> is shown in this response only: store it now.</summary>
public sealed record ApiKeyIssued
{
    public required string Id { get; init; }

    public required string Key { get; init; }

    public required ApiRole Role { get; init; }

    public string? PartyId { get; init; }

    public DateTimeOffset? ExpiresOn { get; init; }
}
