using Remediation.Contracts.Session;

namespace Remediation.Contracts.Audit;

/// <summary>
/// One record of the admin audit log: sign-ins, failed sign-ins, refused tokens and members, membership, key, party
/// and subscription changes. Never any worker data.
/// </summary>
public sealed record AuditEntryView
{
    public required DateTimeOffset At { get; init; }

    /// <summary>
    /// signed_in, sign_in_failed, token_refused, request_refused, member.created, member.invited, member.bound,
    /// member.changed, member.disabled, key.issued, key.revoked, party.registered, contract.registered, subscription.created,
    /// subscription.deleted.
    /// </summary>
    public required string Kind { get; init; }

    /// <summary>Who acted (absent when nobody could be identified, e.g. a failed sign-in).</summary>
    public ActedByView? ActedBy { get; init; }

    /// <summary>What it was about: <c>member:mem_…</c>, <c>key:…</c>, <c>party:partner:…</c>, <c>user:name</c>.</summary>
    public string? Target { get; init; }

    public required string Detail { get; init; }
}
