using Remediation.Contracts.Session;

namespace Remediation.Contracts.Admin;

/// <summary>A membership: who may sign in, as what.</summary>
public sealed record MemberView
{
    public required string Id { get; init; }

    public required string DisplayName { get; init; }

    public required ApiRole Role { get; init; }

    public string? PartyId { get; init; }

    public required MemberStatus Status { get; init; }

    /// <summary>The invitation's address (invited members) or the verified address it was bound with.</summary>
    public string? Email { get; init; }

    public string? Issuer { get; init; }

    public string? Subject { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required ActedByView CreatedBy { get; init; }

    public DateTimeOffset? BoundAt { get; init; }

    public DateTimeOffset? DisabledAt { get; init; }
}
