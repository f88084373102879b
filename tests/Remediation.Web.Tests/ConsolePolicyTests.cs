using Remediation.Server.Tests;

namespace Remediation.Web.Tests;

/// <summary>
/// The console's Content-Security-Policy names the identity provider and nothing more: its origin in connect-src
/// (discovery, keys, tokens) and frame-src (silent renewal's hidden frame), and only the frame's landing page under
/// /authentication/ may be framed, by the console itself.
/// </summary>
public class ConsolePolicyTests
{
    [Fact]
    public async Task In_development_the_policy_names_the_local_provider_and_only_the_sign_in_landing_page_may_be_framed_by_the_console()
    {
        await using var server = await ServerProcess.StartAsync(environmentName: "Development");
        var issuer = (await Browser.DemoSignIns.ReadAsync(server)).Issuer;
        var provider = issuer.GetLeftPart(UriPartial.Authority);
        using var client = new HttpClient { BaseAddress = new Uri(server.Address, "/") };

        using var page = await client.GetAsync("cases");
        using var landing = await client.GetAsync("authentication/login-callback");

        var policy = Single(page, "Content-Security-Policy");
        Assert.Contains($"connect-src 'self' https://*.azurewebsites.net {provider};", policy, StringComparison.Ordinal);
        Assert.Contains($"frame-src 'self' {provider};", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("DENY", Single(page, "X-Frame-Options"));
        var framed = Single(landing, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'self'", framed, StringComparison.Ordinal);
        Assert.Contains($"frame-src 'self' {provider};", framed, StringComparison.Ordinal);
        Assert.Equal("SAMEORIGIN", Single(landing, "X-Frame-Options"));
        Assert.DoesNotContain("identity-provider", policy + framed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_provider_the_placeholder_goes_and_nothing_else_is_allowed()
    {
        await using var server = await ServerProcess.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(server.Address, "/") };

        using var page = await client.GetAsync("cases");

        var policy = Single(page, "Content-Security-Policy");
        Assert.Contains("connect-src 'self' https://*.azurewebsites.net;", policy, StringComparison.Ordinal);
        Assert.Contains("frame-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("identity-provider", policy, StringComparison.Ordinal);
    }

    private static string Single(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.TryGetValues(name, out var values)
            ? values
            : response.Content.Headers.TryGetValues(name, out var content) ? content : []);
}
