using System.Net;
using System.Net.Http.Json;
using System.Text;
using Remediation.Api.Tests.Builders;
using Remediation.Contracts.Admin;
using Remediation.Contracts.Audit;
using Remediation.Contracts.Cases;
using Remediation.Contracts.Session;

namespace Remediation.Api.Tests.Http;

/// <summary>The admin routes for people, keys, parties and the audit log, over real HTTP with API keys.</summary>
public class MemberAdminTests
{
    private const string Issuer = "https://login.example/tenant/v2.0";

    [Fact]
    public async Task An_admin_invites_adds_changes_and_disables_members_and_each_change_is_audited()
    {
        await using var server = await ApiServer.StartAsync();
        using var admin = server.Client(server.Keys.Admin);

        var invited = await CreateAsync(admin, new { displayName = "Nadia Rahman", role = "partner", partyId = "PART-1", email = "nadia@mwrn.example" });
        var added = await CreateAsync(admin, new { displayName = "Casey", role = "caseworker", subject = "oid-casey", issuer = Issuer + "/" });

        Assert.Equal(MemberStatus.Invited, invited.Status);
        Assert.Equal(MemberStatus.Active, added.Status);
        Assert.Equal(Issuer, added.Issuer);
        Assert.Equal(ActedByKind.Key, added.CreatedBy.Kind);

        var changed = await (await admin.PatchAsJsonAsync($"admin/members/{added.Id}", new { role = "admin" })).Content.ReadFromJsonAsync<MemberView>();
        Assert.Equal(ApiRole.Admin, changed!.Role);
        var disabled = await (await admin.PostAsync($"admin/members/{added.Id}/disable", null)).Content.ReadFromJsonAsync<MemberView>();
        Assert.Equal(MemberStatus.Disabled, disabled!.Status);
        Assert.NotNull(disabled.DisabledAt);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"admin/members/{added.Id}/disable", null)).StatusCode);

        var members = await admin.GetFromJsonAsync<Page<MemberView>>("admin/members");
        Assert.Equal(2, members!.Items.Count);
        var audit = await admin.GetFromJsonAsync<Page<AuditEntryView>>("admin/audit");
        var kinds = audit!.Items.Select(e => e.Kind).ToList();
        Assert.Equal(["member.disabled", "member.changed", "member.created", "member.invited"], kinds.Where(k => k.StartsWith("member.", StringComparison.Ordinal)));
        Assert.Contains(audit.Items, e => e.Kind == "party.registered" && e.Target == "party:supplier:SUP-2");
        Assert.Contains(audit.Items, e => e.Kind == "key.issued" && e.ActedBy!.Id == "bootstrap-admin");
        Assert.All(audit.Items, e => Assert.NotNull(e.ActedBy));
    }

    [Fact]
    public async Task Keys_are_listed_with_labels_and_never_a_secret_and_revocation_is_audited()
    {
        await using var server = await ApiServer.StartAsync();
        using var admin = server.Client(server.Keys.Admin);
        var issued = await admin.PostAsJsonAsync("admin/api-keys", new { role = "partner", partyId = "PART-1", label = "MWRN nightly import" });
        var key = await issued.Content.ReadFromJsonAsync<ApiKeyIssued>();
        Assert.Equal("MWRN nightly import", key!.Label);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"admin/api-keys/{key.Id}")).StatusCode);
        var listed = await admin.GetStringAsync("admin/api-keys");
        var keys = await admin.GetFromJsonAsync<Page<ApiKeyView>>("admin/api-keys");

        Assert.DoesNotContain(key.Key, listed, StringComparison.Ordinal);
        Assert.DoesNotContain("hash", listed, StringComparison.OrdinalIgnoreCase);
        var row = Assert.Single(keys!.Items, k => k.Id == key.Id);
        Assert.True(row.Revoked);
        Assert.Equal("MWRN nightly import", row.Label);
        Assert.Equal(7, keys.Items.Count);
        var audit = await admin.GetFromJsonAsync<Page<AuditEntryView>>("admin/audit");
        Assert.Equal($"key:{key.Id}", audit!.Items[0].Target);
        Assert.Equal("key.revoked", audit.Items[0].Kind);
    }

    [Fact]
    public async Task Parties_are_listed_for_admins_only()
    {
        await using var server = await ApiServer.StartAsync();
        using var admin = server.Client(server.Keys.Admin);
        using var caseworker = server.Client(server.Keys.Caseworker);

        var parties = await admin.GetFromJsonAsync<Page<PartyView>>("admin/parties");

        Assert.Equal(["PART-1", "PART-2", "SUP-1", "SUP-2"], parties!.Items.Select(p => p.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync("admin/parties")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync("admin/audit")).StatusCode);
    }

    [Fact]
    public async Task An_admin_cannot_disable_or_change_their_own_membership_and_duplicates_conflict()
    {
        await using var server = await ApiServer.StartAsync();
        using var admin = server.Client(server.Keys.Admin);
        await CreateAsync(admin, new { displayName = "Nadia", role = "partner", partyId = "PART-1", email = "nadia@mwrn.example" });

        var again = await admin.PostAsJsonAsync("admin/members", new { displayName = "Nadia", role = "partner", partyId = "PART-1", email = "NADIA@mwrn.example" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("admin/members/mem_nobody/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PatchAsJsonAsync("admin/members/not-a-member", new { role = "admin" })).StatusCode);
    }

    [Fact]
    public async Task Sign_in_settings_are_served_without_a_key_and_say_keys_only_when_no_provider_is_configured()
    {
        await using var server = await ApiServer.StartAsync();
        using var anonymous = server.Client(null);

        var settings = await anonymous.GetFromJsonAsync<SignInSettingsView>("session/settings");

        Assert.Null(settings!.Authority);
        Assert.True(settings.AllowApiKeySignIn);
        Assert.Empty(settings.Scopes);
    }

    [Fact]
    public async Task Hostile_member_requests_list_every_bad_field_and_change_nothing()
    {
        await using var server = await ApiServer.StartAsync();
        using var admin = server.Client(server.Keys.Admin);
        var before = await StorageSnapshot.QuietAsync(server);
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200);
        var bodies = new[]
        {
            "{}", "", "null", "[]", deep,
            "{\"displayName\":\"x\",\"role\":\"partner\",\"email\":\"a@b.example\"}",
            "{\"displayName\":\"x\",\"role\":\"caseworker\",\"partyId\":\"PART-1\",\"email\":\"a@b.example\"}",
            "{\"displayName\":\"x\",\"role\":\"partner\",\"partyId\":\"NOPE\",\"email\":\"a@b.example\"}",
            "{\"displayName\":\"x\",\"role\":\"caseworker\",\"email\":\"a@b.example\",\"subject\":\"s\"}",
            "{\"displayName\":\"x\",\"role\":\"caseworker\"}",
            "{\"displayName\":\"x\",\"role\":\"caseworker\",\"email\":\"not an address\"}",
            "{\"displayName\":\"x\",\"role\":\"caseworker\",\"email\":\"Nadia <n@b.example>\"}",
            "{\"displayName\":\"x\",\"role\":\"caseworker\",\"subject\":\"s\"}",
            "{\"displayName\":\"x\",\"role\":\"caseworker\",\"subject\":\"s\",\"issuer\":\"javascript:alert(1)\"}",
            "{\"displayName\":\"x\",\"role\":\"caseworker\",\"subject\":\"" + new string('s', 201) + "\",\"issuer\":\"https://i.example\"}",
            "{\"displayName\":\"" + new string('n', 201) + "\",\"role\":\"caseworker\",\"email\":\"a@b.example\"}",
            "{\"displayName\":\"\\u0000\",\"role\":\"caseworker\",\"email\":\"a@b.example\"}",
            "{\"displayName\":\"x\",\"role\":\"worker\",\"email\":\"a@b.example\"}",
            "{\"displayName\":\"x\",\"role\":\"caseworker\",\"email\":\"a@b.example\",\"isAdmin\":true}",
            "{\"displayName\":\"x\",\"role\":\"caseworker\",\"email\":\"" + new string('a', 250) + "@b.example\"}",
        };
        foreach (var json in bodies)
        {
            var answer = await admin.PostAsync("admin/members", new StringContent(json, Encoding.UTF8, "application/json"));
            Assert.True(answer.StatusCode == HttpStatusCode.BadRequest, $"{json[..Math.Min(80, json.Length)]}: {(int)answer.StatusCode}");
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(HttpStatusCode.UnsupportedMediaType,
            (await admin.PostAsync("admin/members", new StringContent("role=admin", Encoding.UTF8, "text/plain"))).StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await admin.PostAsync("admin/members",
            new StringContent("{\"displayName\":\"" + new string('x', 100_000) + "\"}", Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("admin/audit?pageSize=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("admin/members?continuationToken=forged")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PatchAsJsonAsync("admin/members/" + new string('m', 300), new { role = "admin" })).StatusCode);
        Assert.Equal(before, await StorageSnapshot.TakeAsync(server));
    }

    [Fact]
    public async Task A_bad_member_request_names_each_field()
    {
        await using var server = await ApiServer.StartAsync();
        using var admin = server.Client(server.Keys.Admin);

        var answer = await admin.PostAsJsonAsync(
            "admin/members", new { displayName = "", role = "supplier", email = "nope", partyId = "SUP-404" });
        var body = await answer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("$.displayName", body, StringComparison.Ordinal);
        Assert.Contains("$.email", body, StringComparison.Ordinal);
        Assert.Contains("$.partyId", body, StringComparison.Ordinal);
    }

    private static async Task<MemberView> CreateAsync(HttpClient admin, object member)
    {
        var answer = await admin.PostAsJsonAsync("admin/members", member);
        Assert.True(answer.StatusCode == HttpStatusCode.Created, await answer.Content.ReadAsStringAsync());
        Assert.NotNull(answer.Headers.Location);
        return (await answer.Content.ReadFromJsonAsync<MemberView>())!;
    }
}
