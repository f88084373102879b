using System.Text.RegularExpressions;
using Remediation.Development.Identity;

namespace Remediation.Server.Tests.Identity;

/// <summary>The standalone server in Development: its own local provider, the demo people and client printed and usable.</summary>
public partial class DevelopmentSignInTests(Xunit.Abstractions.ITestOutputHelper log)
{
    [Fact]
    public async Task In_development_the_server_prints_the_provider_and_the_printed_people_and_client_get_tokens()
    {
        await using var server = await ServerProcess.StartAsync(environmentName: "Development");

        var output = await PrintedAsync(server);

        var issuer = new Uri(Issuer().Match(output).Groups[1].Value);
        Assert.Equal("127.0.0.1", issuer.Host);
        Assert.NotEqual(server.Address.Port, issuer.Port);
        Assert.Matches(@"\n  admin      user ada password \S+\r?\n", output);
        Assert.Matches(@"\n  partner    user pat password \S+ \(party MWRN-DEMO\)\r?\n", output);
        Assert.Matches(@"\n  supplier   user sam password \S+ \(party SUP-DEMO\)\r?\n", output);
        var secret = ClientSecret().Match(output).Groups[1].Value;
        var client = await TokenCheck.ValidAsync(
            issuer, await OidcSignIn.ClientCredentialsAsync(issuer, "remediation-demo-client", secret, "remediation-api", CancellationToken.None));
        Assert.Equal("remediation-demo-client", client.Subject);
        Assert.Equal("Demo partner integration", client.GetClaim("name").Value);
        // The console on the server's origin is a registered redirect: casey signs in with the printed password.
        var casey = await TokenCheck.ValidAsync(issuer, await OidcSignIn.SignInAsync(
            issuer,
            "remediation-console",
            new Uri(server.Address, "/authentication/login-callback"),
            "remediation-api",
            "casey",
            CaseyPassword().Match(output).Groups[1].Value,
            CancellationToken.None));
        Assert.Equal("demo-caseworker", casey.Subject);
        Assert.Equal("Casey Caseworker", casey.GetClaim("name").Value);

        // The API trusts its provider, and the demo people and client have memberships: who they are, as what.
        var me = await MeAsync(server, casey.EncodedToken);
        Assert.Equal("caseworker", me.GetProperty("role").GetString());
        Assert.Equal("Casey Caseworker", me.GetProperty("actedBy").GetProperty("name").GetString());
        Assert.Equal("person", me.GetProperty("actedBy").GetProperty("kind").GetString());
        var integration = await MeAsync(server, client.EncodedToken);
        Assert.Equal("partner", integration.GetProperty("role").GetString());
        Assert.Equal("MWRN-DEMO", integration.GetProperty("partyId").GetString());
        Assert.Equal("client", integration.GetProperty("actedBy").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task The_audit_log_shows_a_failed_sign_in_a_sign_in_a_disabled_member_and_their_refused_request()
    {
        await using var server = await ServerProcess.StartAsync(environmentName: "Development");
        var output = await PrintedAsync(server);
        var issuer = new Uri(Issuer().Match(output).Groups[1].Value);
        var callback = new Uri(server.Address, "/authentication/login-callback");
        Task<string> SignInAsync(string user, string password) =>
            OidcSignIn.SignInAsync(issuer, "remediation-console", callback, "remediation-api", user, password, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => SignInAsync("sam", "not-the-password"));
        var ada = await SignInAsync("ada", Password(output, "ada"));
        var sam = await SignInAsync("sam", Password(output, "sam"));
        var samId = (await MeAsync(server, sam)).GetProperty("actedBy").GetProperty("id").GetString();
        using var admin = new HttpClient { BaseAddress = new Uri(server.Address, "/api/v1/") };
        admin.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ada);
        Assert.True((await admin.PostAsync($"admin/members/{samId}/disable", null)).IsSuccessStatusCode);
        using var refused = new HttpClient { BaseAddress = new Uri(server.Address, "/api/v1/") };
        refused.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", sam);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await refused.GetAsync("cases")).StatusCode);

        var audit = await admin.GetStringAsync("admin/audit");
        log.WriteLine(audit);
        var entries = System.Text.Json.JsonDocument.Parse(audit).RootElement.GetProperty("items").EnumerateArray()
            .Select(e => (Kind: e.GetProperty("kind").GetString(), Target: e.TryGetProperty("target", out var t) ? t.GetString() : null,
                By: e.TryGetProperty("actedBy", out var by) ? by.GetProperty("name").GetString() : null))
            .ToList();
        Assert.Equal(("request_refused", $"member:{samId}", "Sam Supplier"), entries[0]);
        Assert.Equal(("member.disabled", $"member:{samId}", "Ada Admin"), entries[1]);
        Assert.Contains(("signed_in", $"member:{samId}", "Sam Supplier"), entries);
        Assert.Contains(entries, e => e is { Kind: "signed_in", By: "Ada Admin" });
        Assert.Contains(("sign_in_failed", "user:sam", (string?)null), entries);
        Assert.DoesNotContain("not-the-password", audit, StringComparison.Ordinal);
    }

    private static string Password(string output, string user) =>
        System.Text.RegularExpressions.Regex.Match(output, $@"\n  \w+\s+user {user} password (\S+)").Groups[1].Value;

    private static async Task<System.Text.Json.JsonElement> MeAsync(ServerProcess server, string token)
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.Address, "/api/v1/") };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var answer = await http.GetAsync("me");
        Assert.True(answer.IsSuccessStatusCode, await answer.Content.ReadAsStringAsync());
        return System.Text.Json.JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>The output once the identity lines are printed (they follow "listening" and the demo keys).</summary>
    private static async Task<string> PrintedAsync(ServerProcess server)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!ClientSecret().IsMatch(server.Output))
        {
            Assert.True(server.IsRunning, server.Output);
            await Task.Delay(50, timeout.Token);
        }

        return server.Output;
    }

    [GeneratedRegex(@"Identity provider \(OpenID Connect, Development\): issuer (http://\S+/)\r?\n")]
    private static partial Regex Issuer();

    [GeneratedRegex(@"\n  caseworker user casey password (\S+)\r?\n")]
    private static partial Regex CaseyPassword();

    [GeneratedRegex(@"\n  client     client remediation-demo-client secret (\S+) \(partner MWRN-DEMO\)\r?\n")]
    private static partial Regex ClientSecret();
}
