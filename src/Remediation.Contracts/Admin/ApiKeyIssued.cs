namespace Remediation.Contracts.Admin;

/// <summary>An issued key. <see cref="Key"/> is shown in this response only: store it now.</summary>
public sealed record ApiKeyIssued
{
    public required string Id { get; init; }

    public required string Key { get; init; }

    public required ApiRole Role { get; init; }

    public string? PartyId { get; init; }

    public DateTimeOffset? ExpiresOn { get; init; }

    public string? Label { get; init; }
}
