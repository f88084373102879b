using System.Net.Http.Json;
using Remediation.Contracts.Admin;
using Remediation.Contracts.Audit;
using Remediation.Contracts.Session;

namespace Remediation.Client;

/// <summary>Admins: parties, memberships (people and machine clients who sign in), API keys and the audit log.</summary>
public sealed partial class RemediationClient
{
    public IAsyncEnumerable<PartyView> ListPartiesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync<PartyView>("admin/parties", [], cancellationToken);

    public IAsyncEnumerable<MemberView> ListMembersAsync(CancellationToken cancellationToken = default) =>
        PagesAsync<MemberView>("admin/members", [], cancellationToken);

    /// <summary>Invites a person by e-mail, or adds a person or machine client by the token's subject.</summary>
    public Task<MemberView> CreateMemberAsync(CreateMemberRequest member, CancellationToken cancellationToken = default) =>
        SendAsync<MemberView>(HttpMethod.Post, "admin/members", () => JsonContent.Create(member, options: Json), null, cancellationToken);

    public Task<MemberView> ChangeMemberAsync(string memberId, ChangeMemberRequest change, CancellationToken cancellationToken = default) =>
        SendAsync<MemberView>(
            HttpMethod.Patch, $"admin/members/{Escape(memberId)}", () => JsonContent.Create(change, options: Json), null, cancellationToken);

    /// <summary>Disables a membership: its next request is refused.</summary>
    public Task<MemberView> DisableMemberAsync(string memberId, CancellationToken cancellationToken = default) =>
        SendAsync<MemberView>(HttpMethod.Post, $"admin/members/{Escape(memberId)}/disable", null, null, cancellationToken);

    public IAsyncEnumerable<ApiKeyView> ListApiKeysAsync(CancellationToken cancellationToken = default) =>
        PagesAsync<ApiKeyView>("admin/api-keys", [], cancellationToken);

    /// <summary>The audit log, newest first.</summary>
    public IAsyncEnumerable<AuditEntryView> GetAuditAsync(CancellationToken cancellationToken = default) =>
        PagesAsync<AuditEntryView>("admin/audit", [], cancellationToken);

    /// <summary>How a console signs people in (no key needed).</summary>
    public Task<SignInSettingsView> GetSignInSettingsAsync(CancellationToken cancellationToken = default) =>
        SendAsync<SignInSettingsView>(HttpMethod.Get, "session/settings", null, null, cancellationToken);
}
