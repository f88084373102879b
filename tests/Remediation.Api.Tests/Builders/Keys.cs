using System.Net.Http.Json;
using Remediation.Domain.Parties;

namespace Remediation.Api.Tests.Builders;

/// <summary>Two partners, two suppliers, a caseworker and an admin, each with a key issued through the admin API.</summary>
internal sealed record Keys(string Partner, string OtherPartner, string Supplier, string OtherSupplier, string Caseworker, string Admin)
{
    public static async Task<Keys> IssueAsync(ApiServer server)
    {
        using var bootstrap = server.Client(ApiServer.BootstrapKey);
        foreach (var (kind, id) in new[] { ("partner", "PART-1"), ("partner", "PART-2"), ("supplier", "SUP-1"), ("supplier", "SUP-2") })
        {
            (await bootstrap.PostAsJsonAsync("admin/parties", new { kind, id, name = $"{kind} {id}" })).EnsureSuccessStatusCode();
        }

        return new Keys(
            await IssueAsync(bootstrap, "partner", "PART-1"),
            await IssueAsync(bootstrap, "partner", "PART-2"),
            await IssueAsync(bootstrap, "supplier", "SUP-1"),
            await IssueAsync(bootstrap, "supplier", "SUP-2"),
            await IssueAsync(bootstrap, "caseworker", null),
            await IssueAsync(bootstrap, "admin", null));
    }

    public static async Task<string> IssueAsync(HttpClient admin, string role, string? partyId, DateTimeOffset? expiresOn = null)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var response = await admin.PostAsJsonAsync("admin/api-keys", new { role, partyId, expiresOn });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<IssuedKey>())!.Key;
    }

    /// <summary>The key of a caller kind in the authorization matrix, relative to a case of PART-1 against SUP-1.</summary>
    public string For(Role role, bool ownParty) => role switch
    {
        Role.Partner => ownParty ? Partner : OtherPartner,
        Role.Supplier => ownParty ? Supplier : OtherSupplier,
        Role.Caseworker => Caseworker,
        _ => Admin,
    };

    private sealed record IssuedKey(string Id, string Key);
}
