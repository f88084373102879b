using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Admin;

/// <summary>
/// POST /admin/members: a person or machine client who may sign in, with a role and, for partners and suppliers, the
/// party. Either an <see cref="Email"/> (an invitation, bound at the first sign-in with that verified address) or a
/// <see cref="Subject"/> (the token's subject; in Microsoft Entra ID the object id, <c>oid</c>).
/// </summary>
public sealed record CreateMemberRequest
{
    [StringLength(200, MinimumLength = 1)]
    public required string DisplayName { get; init; }

    public required ApiRole Role { get; init; }

    /// <summary>Partners and suppliers: the registered party; not allowed for caseworkers and admins.</summary>
    public string? PartyId { get; init; }

    [StringLength(254)]
    public string? Email { get; init; }

    [StringLength(200)]
    public string? Subject { get; init; }

    /// <summary>Default: the configured identity provider.</summary>
    [StringLength(300)]
    public string? Issuer { get; init; }
}
