using System.Diagnostics;
using System.Net.Http.Json;
using Remediation.Development;
using Remediation.Development.Identity;

namespace Remediation.Bench;

/// <summary>
/// What signing in costs: the same read (GET /me, GET /cases) with an API key (the same-run baseline), a person's access
/// token and a machine client's, sequentially and 8 at a time; and the sign-in itself (authorization code with PKCE
/// through the local provider's login page, and client credentials).
/// </summary>
internal static class SignInBench
{
    private static readonly LocalPerson Casey = new("casey", "bench-password-0123", "bench-casey", "Casey Caseworker", "casey@bench.test");
    private static readonly LocalMachineClient Integration = new("bench-integration", "bench-secret-0123456789", "Bench integration");

    public static async Task<IReadOnlyList<(string Figure, string Value)>> RunAsync(string connectionString, int requests)
    {
        var console = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}/");
        await using var provider = await LocalIdentityProvider.StartAsync(new LocalIdentityProviderOptions
        {
            Url = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}/"), ConsoleOrigins = [console], People = [Casey], MachineClients = [Integration],
        });
        await using var server = await ServerUnderTest.StartAsync(connectionString, new Dictionary<string, string>
        {
            ["Remediation__Identity__Authority"] = provider.Issuer.ToString(),
            ["Remediation__Identity__Audiences__0"] = "remediation-api",
            ["Remediation__Identity__RequireHttpsMetadata"] = "false",
        });
        using (var admin = server.AdminClient())
        {
            var issuer = provider.Issuer.ToString().TrimEnd('/');
            foreach (var (subject, name, role, party) in new[]
                     {
                         (Casey.Subject, Casey.Name, "caseworker", (string?)null), (Integration.ClientId, Integration.Name, "partner", "MWRN"),
                     })
            {
                (await admin.PostAsJsonAsync("admin/members", new { displayName = name, role, partyId = party, subject, issuer })).EnsureSuccessStatusCode();
            }
        }

        var callback = new Uri(console, "/authentication/login-callback");
        var signIns = new List<double>();
        var personToken = string.Empty;
        for (var i = 0; i < 20; i++)
        {
            var watch = Stopwatch.StartNew();
            personToken = await OidcSignIn.SignInAsync(
                provider.Issuer, "remediation-console", callback, "remediation-api", Casey.UserName, Casey.Password, CancellationToken.None);
            signIns.Add(watch.Elapsed.TotalMilliseconds);
        }

        var grants = new List<double>();
        var clientToken = string.Empty;
        for (var i = 0; i < 20; i++)
        {
            var watch = Stopwatch.StartNew();
            clientToken = await OidcSignIn.ClientCredentialsAsync(
                provider.Issuer, Integration.ClientId, Integration.Secret, "remediation-api", CancellationToken.None);
            grants.Add(watch.Elapsed.TotalMilliseconds);
        }

        var rows = new List<(string, string)>
        {
            ("sign-in, authorization code + PKCE through the login page (20, p50 / p95)", $"{P(signIns, 50)} / {P(signIns, 95)} ms"),
            ("client credentials token (20, p50 / p95)", $"{P(grants, 50)} / {P(grants, 95)} ms"),
        };
        foreach (var (credential, token) in new[] { ("API key (baseline)", server.CaseworkerKey), ("person's token", personToken) })
        {
            rows.AddRange(await ReadsAsync(server, credential, token, "me", requests));
        }

        rows.AddRange(await ReadsAsync(server, "API key (baseline)", server.PartnerKey, "cases", requests));
        rows.AddRange(await ReadsAsync(server, "machine client's token", clientToken, "cases", requests));
        return rows;
    }

    private static async Task<IEnumerable<(string, string)>> ReadsAsync(ServerUnderTest server, string credential, string bearer, string path, int requests)
    {
        using var client = server.Client(bearer);
        // Warm: the first requests of a path pay for JIT and connections, which is not what is compared.
        for (var i = 0; i < 200; i++)
        {
            (await client.GetAsync(path)).EnsureSuccessStatusCode();
        }

        var one = new List<double>();
        for (var i = 0; i < requests; i++)
        {
            var watch = Stopwatch.StartNew();
            using var answer = await client.GetAsync(path);
            answer.EnsureSuccessStatusCode();
            one.Add(watch.Elapsed.TotalMilliseconds);
        }

        var eight = new System.Collections.Concurrent.ConcurrentBag<double>();
        var total = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, requests), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, ct) =>
        {
            var watch = Stopwatch.StartNew();
            using var answer = await client.GetAsync(path, ct);
            answer.EnsureSuccessStatusCode();
            eight.Add(watch.Elapsed.TotalMilliseconds);
        });
        var rate = requests / total.Elapsed.TotalSeconds;
        return
        [
            ($"GET /{path}, {credential}, one at a time ({requests}, p50 / p95)", $"{P(one, 50)} / {P(one, 95)} ms"),
            ($"GET /{path}, {credential}, 8 at a time", $"{rate:F0} a second (p95 {P([.. eight], 95)} ms)"),
        ];
    }

    private static string P(IReadOnlyList<double> values, double percentile) =>
        Percentiles.Of(values, percentile).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
}
