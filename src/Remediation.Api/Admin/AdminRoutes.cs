using Remediation.Api.Admin.Members;
using Remediation.Api.Routing;
using Remediation.Contracts.Admin;
using Remediation.Contracts.Audit;
using Remediation.Contracts.Cases;
using Remediation.Contracts.Session;
using Remediation.Domain.Parties;

namespace Remediation.Api.Admin;

/// <summary>The admin routes for people and lists (memberships, keys, parties, the audit log) and the console's sign-in settings.</summary>
public sealed class AdminRoutes(
    ListParties parties,
    ListApiKeys keys,
    ListMembers listMembers,
    CreateMember createMember,
    GetMember getMember,
    ChangeMember changeMember,
    DisableMember disableMember,
    GetAuditLog audit,
    Session.GetSignInSettings signInSettings)
{
    private static readonly Role[] Admins = [Role.Admin];

    public IEnumerable<ApiRoute> Routes(QueryParameter[] pageQuery) =>
    [
        new("ListParties", "GET", "admin/parties", Admins, parties.HandleAsync)
        {
            Tag = "Admin", Summary = "List partners and suppliers (admins)", Query = pageQuery,
            Responses = [new(200, typeof(Page<PartyView>), "A page of parties.")],
        },
        new("ListApiKeys", "GET", "admin/api-keys", Admins, keys.HandleAsync)
        {
            Tag = "Admin", Summary = "List API keys (admins)", Description = "Ids, labels, roles, parties, expiry and revocation; never a secret.",
            Query = pageQuery, Responses = [new(200, typeof(Page<ApiKeyView>), "A page of keys.")],
        },
        new("ListMembers", "GET", "admin/members", Admins, listMembers.HandleAsync)
        {
            Tag = "Admin", Summary = "List members: people and machine clients who sign in (admins)", Query = pageQuery,
            Responses = [new(200, typeof(Page<MemberView>), "A page of members.")],
        },
        new("CreateMember", "POST", "admin/members", Admins, createMember.HandleAsync)
        {
            Tag = "Admin", Summary = "Invite a person or add a member (admins)",
            Description = "With email: an invitation, bound to the first sign-in whose token carries that verified address. " +
                "With subject: the token's subject (Entra ID: the object id, oid) of a person or a machine client (client credentials). " +
                "Partners and suppliers act for a registered party; caseworkers and admins for none.",
            Body = new(
                typeof(CreateMemberRequest),
                [RemediationApi.Json],
                new CreateMemberRequest { DisplayName = "Nadia Rahman", Role = ApiRole.Partner, PartyId = "MWRN", Email = "nadia@mwrn.example" }),
            Responses = [new(201, typeof(MemberView), "Created; Location is the member.")], Problems = [409],
        },
        new("GetMember", "GET", "admin/members/{memberId}", Admins, getMember.HandleAsync)
        {
            Tag = "Admin", Summary = "Read a member (admins)", Responses = [new(200, typeof(MemberView), "The member.")],
        },
        new("ChangeMember", "PATCH", "admin/members/{memberId}", Admins, changeMember.HandleAsync)
        {
            Tag = "Admin", Summary = "Change a member's role and party (admins)",
            Description = "Takes effect on the member's next request. Not your own membership.",
            Body = new(typeof(ChangeMemberRequest), [RemediationApi.Json], new ChangeMemberRequest { Role = ApiRole.Caseworker }),
            Responses = [new(200, typeof(MemberView), "Changed.")], Problems = [409],
        },
        new("DisableMember", "POST", "admin/members/{memberId}/disable", Admins, disableMember.HandleAsync)
        {
            Tag = "Admin", Summary = "Disable a member (admins)",
            Description = "Their next request is refused (403), even with a token that has not expired; a pending invitation can no " +
                "longer be accepted. Not your own membership.",
            Responses = [new(200, typeof(MemberView), "Disabled.")], Problems = [409],
        },
        new("GetAuditLog", "GET", "admin/audit", Admins, audit.HandleAsync)
        {
            Tag = "Admin", Summary = "The audit log, newest first (admins)",
            Description = "Sign-ins, failed sign-ins (the local provider; Entra ID keeps its own), refused tokens and members, and " +
                "changes to members, keys, parties and the caseworker team's subscriptions; who acted and what about. No worker data.",
            Query = pageQuery, Responses = [new(200, typeof(Page<AuditEntryView>), "A page of the audit log.")],
        },
        new("GetSignInSettings", "GET", "session/settings", [Role.Partner, Role.Supplier, Role.Caseworker, Role.Admin],
            signInSettings.HandleAsync)
        {
            Tag = "Admin", Summary = "How a console signs people in", Anonymous = true,
            Description = "The OpenID Connect issuer, the console's client id and scopes, and whether pasting an API key is offered.",
            Responses = [new(200, typeof(SignInSettingsView), "The settings.")],
        },
    ];
}
