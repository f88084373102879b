using Remediation.Contracts.Admin;

namespace Remediation.Contracts.Session;

/// <summary>GET /me: who the API key acts as, so that a console shows only what that role may see and do.</summary>
public sealed record CallerView
{
    public required ApiRole Role { get; init; }

    /// <summary>The partner or supplier the key acts for (absent for caseworkers and admins).</summary>
    public string? PartyId { get; init; }

    /// <summary>The key's id (never its secret).</summary>
    public required string KeyId { get; init; }
}
