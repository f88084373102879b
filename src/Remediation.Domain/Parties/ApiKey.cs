namespace Remediation.Domain.Parties;

/// <summary>An API key as stored: never the secret, only its SHA-256 (kept by the store), its role and party.</summary>
public sealed record ApiKey(string Id, Role Role, string? PartyId, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresOn, bool Revoked)
{
    public bool IsValidAt(DateTimeOffset now) => !Revoked && (ExpiresOn is null || ExpiresOn > now);

    /// <summary>What the key is for, as its admin wrote it.</summary>
    public string? Label { get; init; }

    public ActedBy? CreatedBy { get; init; }

    public Actor Actor => new(Role, PartyId) { By = ActedBy.Key(Id, Label) };
}
