using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Remediation.Api.Tests.Builders;

namespace Remediation.Api.Tests.Security;

/// <summary>The bootstrap admin key from configuration expires, and an admin can revoke it at once.</summary>
public class BootstrapKeyTests
{
    [Fact]
    public async Task The_bootstrap_key_stops_working_once_revoked_while_issued_admin_keys_go_on()
    {
        await using var server = await ApiServer.StartAsync();
        using var bootstrap = server.Client(ApiServer.BootstrapKey);
        using var admin = server.Client(server.Keys.Admin);
        Assert.Equal(HttpStatusCode.OK, (await bootstrap.GetAsync("me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("admin/api-keys/bootstrap-admin")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await bootstrap.GetAsync("me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("me")).StatusCode);
    }

    [Fact]
    public async Task A_bootstrap_key_past_its_expiry_is_refused()
    {
        await using var server = await ApiServer.StartAsync(
            configure: s => s.PostConfigure<ApiOptions>(o => o.BootstrapAdminKeyExpiresOn = DateTimeOffset.UtcNow.AddMinutes(-1)),
            issueKeys: false);
        using var bootstrap = server.Client(ApiServer.BootstrapKey);

        Assert.Equal(HttpStatusCode.Unauthorized, (await bootstrap.GetAsync("me")).StatusCode);
    }
}
