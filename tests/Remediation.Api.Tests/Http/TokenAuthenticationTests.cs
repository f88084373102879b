using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using Remediation.Api.Tests.Builders;
using Remediation.Contracts.Audit;
using Remediation.Contracts.Cases;
using Remediation.Contracts.Session;

namespace Remediation.Api.Tests.Http;

/// <summary>
/// People and machine clients with access tokens from a real OpenID Connect provider (the local one, over HTTP): what
/// is refused (401: audience, key, lifetime; 403: no or a disabled membership) and what a member may do.
/// </summary>
public sealed class TokenAuthenticationTests : IAsyncLifetime
{
    private TokenRig rig = null!;
    private ApiServer server = null!;

    public async Task InitializeAsync()
    {
        rig = await TokenRig.StartAsync();
        server = await ApiServer.StartAsync(settings: rig.Settings);
        await rig.AddMembersAsync(server);
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        await rig.DisposeAsync();
    }

    [Fact]
    public async Task A_members_token_says_who_they_are_and_acts_as_their_membership()
    {
        using var pat = server.Client(await rig.SignInAsync(TokenRig.Pat));

        var me = await pat.GetFromJsonAsync<CallerView>("me");

        Assert.Equal(Contracts.Admin.ApiRole.Partner, me!.Role);
        Assert.Equal("PART-1", me.PartyId);
        Assert.Equal(ActedByKind.Person, me.ActedBy.Kind);
        Assert.Equal("Pat Partner", me.ActedBy.Name);
        Assert.StartsWith("mem_", me.ActedBy.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_members_token_is_scoped_to_their_party_and_the_timeline_names_the_person_who_acted()
    {
        using var pat = server.Client(await rig.SignInAsync(TokenRig.Pat));
        using var pam = server.Client(await rig.SignInAsync(TokenRig.Pam));
        using var casey = server.Client(await rig.SignInAsync(TokenRig.Casey));
        using var sam = server.Client(await rig.SignInAsync(TokenRig.Sam));
        var opened = await pat.PostAsJsonAsync("cases", Bodies.Grievance("TOKEN-1"));
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var caseId = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetString()!;
        var triage = await casey.PostAsJsonAsync($"cases/{caseId}/triage", new { accept = true, supplierId = "SUP-1" });
        Assert.Equal(HttpStatusCode.Accepted, triage.StatusCode);
        var status = await triage.Content.ReadFromJsonAsync<Contracts.Commands.CommandStatus>();
        Assert.Equal("Casey Caseworker", status!.ActedBy!.Name);
        await server.WaitForAsync(caseId, c => c.Stage == "SupplierAcknowledgement", "triage");

        Assert.Equal(HttpStatusCode.NotFound, (await pam.GetAsync($"cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pat.GetAsync("admin/members")).StatusCode);
        var timeline = await casey.GetFromJsonAsync<Page<TimelineEntry>>($"cases/{caseId}/timeline");
        var opening = timeline!.Items.First(e => e.Kind == "case.opened");
        var triaged = timeline.Items.Last(e => e.ActorRole == "caseworker");
        Assert.Equal("Pat Partner", opening.ActedBy!.Name);
        Assert.Equal("Casey Caseworker", triaged.ActedBy!.Name);
        Assert.Equal(ActedByKind.Person, triaged.ActedBy.Kind);
        // The supplier learns that a caseworker acted, and which membership, but not the person's name.
        var supplierView = await sam.GetFromJsonAsync<Page<TimelineEntry>>($"cases/{caseId}/timeline");
        var seen = supplierView!.Items.Last(e => e.ActorRole == "caseworker");
        Assert.Null(seen.ActedBy!.Name);
        Assert.Equal(triaged.ActedBy.Id, seen.ActedBy.Id);
        Assert.True((await casey.GetFromJsonAsync<JsonElement>($"cases/{caseId}/timeline/verify")).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task Tokens_for_another_audience_signed_by_another_key_expired_or_not_yet_valid_are_401()
    {
        using var other = RSA.Create(2048);
        var foreignKey = new SigningCredentials(new RsaSecurityKey(other) { KeyId = "foreign" }, SecurityAlgorithms.RsaSha256);
        var sameKidForeignKey = new SigningCredentials(
            new RsaSecurityKey(other) { KeyId = rig.Provider.SigningCredentials.Key.KeyId }, SecurityAlgorithms.RsaSha256);
        var subject = TokenRig.Casey.Subject;
        var tokens = new Dictionary<string, string>
        {
            ["another audience (a real token)"] = await rig.SignInAsync(TokenRig.Casey, "other-api"),
            ["signed by another key"] = rig.Mint(subject, key: foreignKey),
            ["signed by another key with the provider's kid"] = rig.Mint(subject, key: sameKidForeignKey),
            ["expired"] = rig.Mint(subject, d => (d.NotBefore, d.IssuedAt, d.Expires) = (Ago(120), Ago(120), Ago(5))),
            ["not yet valid"] = rig.Mint(subject, d => (d.NotBefore, d.Expires) = (Ago(-10), Ago(-60))),
            ["from another issuer"] = rig.Mint(subject, d => d.Issuer = "https://login.example/other/v2.0"),
            ["an ID token (no scope)"] = rig.Mint(subject, d => d.Claims.Remove("scope")),
            ["unsigned"] = rig.Mint(subject, d => d.SigningCredentials = null),
            ["tampered"] = Tamper(await rig.SignInAsync(TokenRig.Casey)),
        };

        foreach (var (what, token) in tokens)
        {
            using var client = server.Client(token);
            var answer = await client.GetAsync("me");
            Assert.True(answer.StatusCode == HttpStatusCode.Unauthorized, $"{what}: {(int)answer.StatusCode}");
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
            Assert.Contains("invalid_token", answer.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        }

        // The same person's valid token works: what was refused was the token.
        using var valid = server.Client(rig.Mint(subject));
        Assert.Equal(HttpStatusCode.OK, (await valid.GetAsync("me")).StatusCode);
    }

    [Fact]
    public async Task Garbage_shaped_like_a_token_is_401_never_a_crash()
    {
        var huge = rig.Mint(TokenRig.Casey.Subject, claims: new Dictionary<string, object> { ["padding"] = new string('p', 9000) });
        var longSubject = rig.Mint(new string('s', 5000));
        var values = new[]
        {
            "eyJ.a.b", "eyJhbGciOiJub25lIn0.e30.", "eyJ" + new string('A', 7000) + ".x.y", "eyJ%%%.%%%.%%%", "eyJ..", huge, longSubject,
        };
        foreach (var value in values)
        {
            using var client = new HttpClient { BaseAddress = server.Address };
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + value);
            var answer = await client.GetAsync("me");
            Assert.True(answer.StatusCode == HttpStatusCode.Unauthorized, $"{value[..Math.Min(40, value.Length)]}: {(int)answer.StatusCode}");
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task A_disabled_member_is_refused_at_once_and_the_refusal_is_audited()
    {
        using var admin = server.Client(await rig.SignInAsync(TokenRig.Ada));
        using var sue = server.Client(await rig.SignInAsync(TokenRig.Sue));
        Assert.Equal(HttpStatusCode.OK, (await sue.GetAsync("cases")).StatusCode);
        var sueId = (await sue.GetFromJsonAsync<CallerView>("me"))!.ActedBy.Id;

        var disabled = await admin.PostAsync($"admin/members/{sueId}/disable", null);
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        var refused = await sue.GetAsync("cases");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("disabled", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var audit = (await admin.GetFromJsonAsync<Page<AuditEntryView>>("admin/audit"))!.Items;
        Assert.Contains(audit, e => e.Kind == "request_refused" && e.Target == "member:" + sueId);
        var disabling = Assert.Single(audit, e => e.Kind == "member.disabled");
        Assert.Equal("Ada Admin", disabling.ActedBy!.Name);
        Assert.Contains(audit, e => e.Kind == "signed_in" && e.ActedBy!.Name == "Sue Othersupplier");
    }

    [Fact]
    public async Task A_valid_token_without_a_membership_is_403_saying_whom_to_ask()
    {
        using var nobody = server.Client(await rig.SignInAsync(TokenRig.Nobody));

        var answer = await nobody.GetAsync("me");
        var text = await answer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Contains("Noah Nomember", text, StringComparison.Ordinal);
        Assert.Contains("help@buyer.example", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_binds_to_the_first_sign_in_with_that_verified_address_only()
    {
        using var admin = server.Client(server.Keys.Admin);
        foreach (var person in new[] { TokenRig.Ina, TokenRig.Una })
        {
            var invited = await admin.PostAsJsonAsync(
                "admin/members", new { displayName = person.Name, role = "supplier", partyId = "SUP-1", email = person.Email.ToUpperInvariant() });
            Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        }

        using var ina = server.Client(await rig.SignInAsync(TokenRig.Ina));
        using var una = server.Client(await rig.SignInAsync(TokenRig.Una));

        var me = await ina.GetFromJsonAsync<CallerView>("me");
        Assert.Equal("SUP-1", me!.PartyId);
        Assert.Equal(HttpStatusCode.Forbidden, (await una.GetAsync("me")).StatusCode);
        var members = (await admin.GetFromJsonAsync<Page<Contracts.Admin.MemberView>>("admin/members"))!.Items;
        var bound = Assert.Single(members, m => m.DisplayName == TokenRig.Ina.Name);
        Assert.Equal(Contracts.Admin.MemberStatus.Active, bound.Status);
        Assert.Equal(TokenRig.Ina.Subject, bound.Subject);
        Assert.Equal(Contracts.Admin.MemberStatus.Invited, Assert.Single(members, m => m.DisplayName == TokenRig.Una.Name).Status);
        var audit = (await admin.GetFromJsonAsync<Page<AuditEntryView>>("admin/audit"))!.Items;
        Assert.Contains(audit, e => e.Kind == "member.bound" && e.ActedBy!.Name == TokenRig.Ina.Name);
    }

    [Fact]
    public async Task Entra_app_roles_grant_caseworker_or_admin_without_a_membership_but_never_a_party_role()
    {
        var roles = new Dictionary<string, object> { ["roles"] = new[] { "Remediation.Caseworker" }, ["name"] = "Rita Roles" };
        using var rita = server.Client(rig.Mint("subject-rita", claims: roles));
        using var partnerRole = server.Client(rig.Mint("subject-pete", claims: new Dictionary<string, object> { ["roles"] = new[] { "Remediation.Partner" } }));

        var me = await rita.GetFromJsonAsync<CallerView>("me");

        Assert.Equal(Contracts.Admin.ApiRole.Caseworker, me!.Role);
        Assert.Equal("Rita Roles", me.ActedBy.Name);
        Assert.StartsWith("ext_", me.ActedBy.Id, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await partnerRole.GetAsync("me")).StatusCode);
    }

    [Fact]
    public async Task A_machine_client_uses_client_credentials_and_acts_for_its_party()
    {
        var http = new HttpClient();
        using var credentials = new Client.ClientCredentials(
            http, new Uri(rig.Provider.Issuer, "connect/token"), TokenRig.Integration.ClientId, TokenRig.Integration.Secret, TokenRig.Audience);
        var client = Client.RemediationClient.Create(server.Address, credentials.GetTokenAsync);

        var me = await client.GetCallerAsync();
        var grievance = JsonSerializer.Deserialize<CreateCaseRequest>(
            JsonSerializer.Serialize(Bodies.Grievance("CLIENT-1"), JsonSerializerOptions.Web), JsonSerializerOptions.Web)!;
        var created = await client.CreateCaseAsync(grievance);

        Assert.Equal(Contracts.Admin.ApiRole.Partner, me.Role);
        Assert.Equal("PART-1", me.PartyId);
        Assert.Equal(ActedByKind.Client, me.ActedBy.Kind);
        Assert.Equal("MWRN nightly import", me.ActedBy.Name);
        Assert.False(string.IsNullOrEmpty(created.CaseId));
        http.Dispose();
    }

    private static DateTime Ago(int minutes) => DateTime.UtcNow.AddMinutes(-minutes);

    /// <summary>The payload changed, the signature kept: a party raising its own role would look like this.</summary>
    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("subject-casey", "subject-ada", StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }
}
