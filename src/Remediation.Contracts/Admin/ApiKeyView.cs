using Remediation.Contracts.Session;

namespace Remediation.Contracts.Admin;

/// <summary>An API key as listed: never its secret.</summary>
public sealed record ApiKeyView
{
    public required string Id { get; init; }

    public string? Label { get; init; }

    public required ApiRole Role { get; init; }

    public string? PartyId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ExpiresOn { get; init; }

    public required bool Revoked { get; init; }

    public ActedByView? CreatedBy { get; init; }
}
