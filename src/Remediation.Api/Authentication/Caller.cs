using Remediation.Domain.Parties;

namespace Remediation.Api.Authentication;

/// <summary>Who is calling: the actor behind the API key, and the key's id (for the audit trail, never the secret).</summary>
public sealed record Caller(Actor Actor, string KeyId)
{
    public Role Role => Actor.Role;

    public string? PartyId => Actor.PartyId;
}
