using System.Security.Cryptography;
using Remediation.Domain.Parties;

namespace Remediation.Domain.Members;

/// <summary>
/// What a person or machine client who signs in with OpenID Connect may do here. The identity provider says who they
/// are (issuer and subject); the membership, created by an admin, says what they act as: a role and, for partners and
/// suppliers, the party. An invitation names an e-mail address instead of a subject until its first sign-in.
/// </summary>
public sealed record Membership(
    string Id, string DisplayName, Role Role, string? PartyId, MemberStatus Status, DateTimeOffset CreatedAt, ActedBy CreatedBy)
{
    public const string IdPrefix = "mem_";

    public string? Email { get; init; }

    public string? Issuer { get; init; }

    public string? Subject { get; init; }

    public DateTimeOffset? BoundAt { get; init; }

    public DateTimeOffset? DisabledAt { get; init; }

    /// <summary>A machine client (client credentials) rather than a person; set when bound from an app-only token.</summary>
    public bool IsClient { get; init; }

    public static string NewId() => IdPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10));

    /// <summary>The roles a membership can hold: never a worker's or the clock's.</summary>
    public static bool IsMemberRole(Role role) => role is Role.Partner or Role.Supplier or Role.Caseworker or Role.Admin;

    /// <summary>Partners and suppliers act for a party; caseworkers and admins for none.</summary>
    public static bool NeedsParty(Role role) => role is Role.Partner or Role.Supplier;

    public Actor Actor => new(Role, PartyId) { By = IsClient ? ActedBy.Client(Id, DisplayName) : ActedBy.Person(Id, DisplayName) };
}
