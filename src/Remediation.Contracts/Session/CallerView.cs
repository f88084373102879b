using Remediation.Contracts.Admin;

namespace Remediation.Contracts.Session;

/// <summary>GET /me: who is calling, so that a console shows only what that role may see and do.</summary>
public sealed record CallerView
{
    public required ApiRole Role { get; init; }

    /// <summary>The partner or supplier the caller acts for (absent for caseworkers and admins).</summary>
    public string? PartyId { get; init; }

    /// <summary>The key's id (never its secret), or the membership id of a person or machine client.</summary>
    public required string KeyId { get; init; }

    /// <summary>A key, a person or a machine client, with a name to show.</summary>
    public required ActedByView ActedBy { get; init; }
}
