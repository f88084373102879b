using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Remediation.Api.Audit;
using Remediation.Domain.Audit;
using Remediation.Domain.Members;
using Remediation.Domain.Parties;

namespace Remediation.Api.Authentication.Tokens;

/// <summary>
/// Turns a validated token into a caller through the membership held here, read on every request so a disabled member
/// is refused at once. With no membership yet: a verified e-mail address binds a pending invitation; an app role
/// granted in the identity provider (<see cref="IdentityOptions.AppRoleGrants"/>) acts as caseworker or admin;
/// anyone else is refused with whom to ask.
/// </summary>
public sealed class MembershipResolver(IMemberStore members, IOptions<IdentityOptions> options, AuditTrail audit, TimeProvider clock)
{
    private static readonly TimeSpan RefusalWindow = TimeSpan.FromMinutes(1);

    public async Task<(Caller? Caller, string? Refusal)> ResolveAsync(TokenIdentity token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        var member = await members.FindBySubjectAsync(token.Issuer, token.Subject, cancellationToken).ConfigureAwait(false)
            ?? await BindInvitationAsync(token, cancellationToken).ConfigureAwait(false);
        if (member is { Status: MemberStatus.Disabled })
        {
            var by = member.Actor.By;
            await audit.RecordOnceAsync(
                "refused:" + member.Id, RefusalWindow, AuditRecord.RequestRefused, by, "member:" + member.Id,
                "A disabled member's request was refused.", cancellationToken).ConfigureAwait(false);
            return (null, $"The membership of {member.DisplayName} was disabled; ask {options.Value.AdminContact} to restore it.");
        }

        var caller = member is { Status: MemberStatus.Active } ? new Caller((member with { IsClient = token.IsClient }).Actor) : Granted(token);
        if (caller is null)
        {
            var who = Domain.Parties.ActedBy.Trimmed(token.Name) ?? "this account";
            await audit.RecordOnceAsync(
                "refused:" + token.Issuer + "\n" + token.Subject, RefusalWindow, AuditRecord.RequestRefused,
                new ActedBy(token.IsClient ? ActedByKind.Client : ActedByKind.Person, ExternalId(token), who), null,
                "A signed-in caller without a membership was refused.", cancellationToken).ConfigureAwait(false);
            return (null, $"Signed in as {who}, but not a member of this Remediation service. Ask {options.Value.AdminContact} for an invitation.");
        }

        // Once per token: a sign-in is the first request a token makes, not every request.
        var window = token.ExpiresAt - clock.GetUtcNow();
        await audit.RecordOnceAsync(
            "signed-in:" + token.TokenId, window > TimeSpan.Zero ? window : TimeSpan.FromMinutes(1), AuditRecord.SignedIn, caller.Actor.By,
            member is null ? null : "member:" + member.Id,
            $"Signed in as {caller.Role.ToString().ToLowerInvariant()}" + (caller.PartyId is null ? "." : $" of {caller.PartyId}."),
            cancellationToken).ConfigureAwait(false);
        return (caller, null);
    }

    private async Task<Membership?> BindInvitationAsync(TokenIdentity token, CancellationToken cancellationToken)
    {
        if (token.IsClient || !token.EmailVerified || token.Email is not { Length: > 0 and <= 254 } email)
        {
            return null;
        }

        var invitation = await members.FindInvitationAsync(email, cancellationToken).ConfigureAwait(false);
        if (invitation is null || invitation.Issuer is { } issuer && issuer != token.Issuer)
        {
            return null;
        }

        var bound = invitation with
        {
            Status = MemberStatus.Active, Issuer = token.Issuer, Subject = token.Subject, BoundAt = clock.GetUtcNow(),
        };
        if (await members.BindAsync(invitation, bound, cancellationToken).ConfigureAwait(false))
        {
            await audit.RecordAsync(
                AuditRecord.MemberBound, bound.Actor.By, "member:" + bound.Id, "The invitation was accepted at the first sign-in.", cancellationToken)
                .ConfigureAwait(false);
            return bound;
        }

        // Another request bound it a moment ago.
        return await members.FindBySubjectAsync(token.Issuer, token.Subject, cancellationToken).ConfigureAwait(false);
    }

    private Caller? Granted(TokenIdentity token)
    {
        var roles = token.AppRoles.Select(r => options.Value.AppRoleGrants.TryGetValue(r, out var role) ? role : (Role?)null).ToList();
        Role? granted = roles.Contains(Role.Admin) ? Role.Admin : roles.Contains(Role.Caseworker) ? Role.Caseworker : null;
        if (granted is not { } role)
        {
            return null;
        }

        var id = ExternalId(token);
        return new Caller(new Actor(role, null) { By = token.IsClient ? ActedBy.Client(id, token.Name) : ActedBy.Person(id, token.Name) });
    }

    /// <summary>A stable id for someone acting by an app role, without a membership here: never the raw subject.</summary>
    private static string ExternalId(TokenIdentity token) =>
        "ext_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token.Issuer + "\n" + token.Subject)))[..20];
}
