using Remediation.Domain.Parties;

namespace Remediation.Api.Authentication;

/// <summary>
/// Who is calling: the actor (role and party) and who is behind it (<see cref="Actor.By"/>: the API key, person or machine
/// client), for the audit trail; never a secret.
/// </summary>
public sealed record Caller(Actor Actor)
{
    public Role Role => Actor.Role;

    public string? PartyId => Actor.PartyId;

    /// <summary>The key id or membership id (rate limits and idempotency are per caller).</summary>
    public string Id => Actor.By?.Id ?? Actor.Role.ToString();
}
