using System.Net.Http.Json;
using System.Text.Json;
using Remediation.Api.Tests.Builders;

namespace Remediation.Api.Tests.Http;

public class CallerTests
{
    [Fact]
    public async Task A_key_learns_its_own_role_and_party_and_nothing_secret()
    {
        await using var server = await ApiServer.StartAsync();
        using var supplier = server.Client(server.Keys.Supplier);
        using var caseworker = server.Client(server.Keys.Caseworker);

        var me = await supplier.GetFromJsonAsync<JsonElement>("me");
        var staff = await caseworker.GetFromJsonAsync<JsonElement>("me");

        Assert.Equal(("supplier", "SUP-1"), (me.GetProperty("role").GetString(), me.GetProperty("partyId").GetString()));
        Assert.StartsWith("key-", me.GetProperty("keyId").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(server.Keys.Supplier, me.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("caseworker", staff.GetProperty("role").GetString());
        Assert.False(staff.TryGetProperty("partyId", out _));
    }
}
