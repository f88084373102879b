namespace Remediation.Contracts.Admin;

/// <summary>PATCH /admin/members/{memberId}: a new role (and party, for partners and suppliers).</summary>
public sealed record ChangeMemberRequest
{
    public required ApiRole Role { get; init; }

    public string? PartyId { get; init; }
}
