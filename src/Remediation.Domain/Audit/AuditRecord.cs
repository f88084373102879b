using Remediation.Domain.Parties;

namespace Remediation.Domain.Audit;

/// <summary>
/// One event of the admin audit log. Holds who acted, what about and a short detail; never worker data and never an
/// address or a secret.
/// </summary>
public sealed record AuditRecord(DateTimeOffset At, string Kind, ActedBy? ActedBy, string? Target, string Detail)
{
    public const int MaxDetailLength = 500;

    public const string SignedIn = "signed_in";
    public const string SignInFailed = "sign_in_failed";
    public const string TokenRefused = "token_refused";
    public const string RequestRefused = "request_refused";
    public const string MemberCreated = "member.created";
    public const string MemberInvited = "member.invited";
    public const string MemberBound = "member.bound";
    public const string MemberChanged = "member.changed";
    public const string MemberDisabled = "member.disabled";
    public const string KeyIssued = "key.issued";
    public const string KeyRevoked = "key.revoked";
    public const string PartyRegistered = "party.registered";
    public const string ContractRegistered = "contract.registered";
    public const string SubscriptionCreated = "subscription.created";
    public const string SubscriptionDeleted = "subscription.deleted";

    public static AuditRecord Of(DateTimeOffset at, string kind, ActedBy? actedBy, string? target, string detail) =>
        new(at, kind, actedBy, target, detail.Length > MaxDetailLength ? detail[..MaxDetailLength] : detail);
}
