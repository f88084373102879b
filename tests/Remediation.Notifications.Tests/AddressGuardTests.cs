using System.Net;
using Microsoft.Extensions.Options;
using Remediation.Notifications.Tests.Builders;
using Remediation.Notifications.Webhooks;

namespace Remediation.Notifications.Tests;

public class AddressGuardTests
{
    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("[::1]")]
    [InlineData("127.0.0.1")]
    [InlineData("192.168.1.20")]
    [InlineData("172.16.5.4")]
    [InlineData("100.64.0.1")]
    [InlineData("[fd00::1]")]
    [InlineData("[fe80::1]")]
    [InlineData("[::ffff:10.0.0.1]")]
    [InlineData("0.0.0.0")]
    [InlineData("168.63.129.16")]
    [InlineData("[fec0::1]")]
    [InlineData("[2002:a00:1::1]")]
    [InlineData("[2001:0:4136:e378:8000:63bf:3fff:fdd2]")]
    public async Task Outside_development_private_loopback_link_local_and_metadata_addresses_are_refused(string host)
    {
        var guard = Guards.Production();

        var refusal = await guard.CheckAsync(new Uri($"https://{host}/hooks"));

        Assert.NotNull(refusal);
        Assert.Contains("public addresses only", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_resolving_to_loopback_is_refused_outside_development()
    {
        var refusal = await Guards.Production(new DnsHostResolver()).CheckAsync(new Uri("https://localhost/hooks"));

        Assert.NotNull(refusal);
        Assert.Contains("127.0.0.1", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_public_https_endpoint_is_accepted_and_plain_http_to_it_is_not()
    {
        var guard = Guards.Production(Resolvers.Always(IPAddress.Parse("93.184.216.34")));

        Assert.Null(await guard.CheckAsync(new Uri("https://hooks.example.org/remediation")));
        Assert.Contains("https", await guard.CheckAsync(new Uri("http://hooks.example.org/remediation")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_development_loopback_is_allowed_over_http_but_private_ranges_are_still_refused()
    {
        var guard = Guards.Development(new DnsHostResolver());

        Assert.Null(await guard.CheckAsync(new Uri("http://127.0.0.1:5099/hooks")));
        Assert.Null(await guard.CheckAsync(new Uri("http://localhost:5099/hooks")));
        Assert.NotNull(await guard.CheckAsync(new Uri("https://10.1.2.3/hooks")));
        Assert.NotNull(await guard.CheckAsync(new Uri("https://169.254.169.254/latest/meta-data")));
    }

    [Fact]
    public async Task A_range_the_operator_allows_is_accepted()
    {
        var options = new NotificationOptions();
        options.Webhooks.AllowedRanges.Add("10.20.0.0/16");
        var guard = new AddressGuard(Options.Create(options), new DnsHostResolver());

        Assert.Null(await guard.CheckAsync(new Uri("https://10.20.3.4/hooks")));
        Assert.NotNull(await guard.CheckAsync(new Uri("https://10.21.3.4/hooks")));
    }

    [Fact]
    public async Task Credentials_in_the_url_and_other_schemes_are_refused()
    {
        var guard = Guards.Production(Resolvers.Always(IPAddress.Parse("93.184.216.34")));

        Assert.NotNull(await guard.CheckAsync(new Uri("https://user:pass@hooks.example.org/x")));
        Assert.NotNull(await guard.CheckAsync(new Uri("ftp://hooks.example.org/x")));
        Assert.NotNull(await guard.CheckAsync(new Uri("file:///etc/passwd")));
    }

    [Fact]
    public async Task A_name_that_rebinds_to_loopback_after_the_check_is_refused_when_connecting()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        // The name answers a public address when the subscription is checked, then 127.0.0.1 (DNS rebinding).
        var resolver = Resolvers.Sequence(IPAddress.Parse("93.184.216.34"), IPAddress.Loopback);
        var guard = Guards.Production(resolver);
        var url = new Uri($"https://rebind.example.org:{receiver.Port}/hooks");
        Assert.Null(await guard.CheckAsync(url));
        using var http = new HttpClient(GuardedConnection.CreateHandler(guard, resolver));

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => http.PostAsync(url, new StringContent("{}")));

        Assert.Contains("127.0.0.1", refused.Message, StringComparison.Ordinal);
        Assert.Empty(receiver.Received);
    }
}
