using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Remediation.Server.Tests;

/// <summary>Every answer of the standalone server carries its security headers: the API's, and the console's with its page's script hashes.</summary>
public partial class SecurityHeaderTests
{
    [Fact]
    public async Task Api_answers_forbid_running_framing_and_sniffing_whatever_they_are()
    {
        await using var server = await ServerProcess.StartAsync();
        using var client = new HttpClient { BaseAddress = server.Address };

        foreach (var path in new[] { "cases", "openapi.json", "problems/validation", "no/such/route", "/healthz" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(
                "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'", Single(response, "Content-Security-Policy"));
            Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
            Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
            Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        }
    }

    [Fact]
    public async Task The_console_page_allows_exactly_its_own_inline_scripts_and_no_framing()
    {
        await using var server = await ServerProcess.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(server.Address, "/") };

        using var page = await client.GetAsync("cases/C-1");
        var html = await page.Content.ReadAsStringAsync();
        var policy = Single(page, "Content-Security-Policy");
        var importMap = ImportMap().Match(html).Groups["body"].Value;
        using var style = await client.GetAsync("css/app.css");

        Assert.Contains("<script type=\"importmap\">", html, StringComparison.Ordinal);
        Assert.Contains($"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap)))}'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self' 'wasm-unsafe-eval'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline' ", policy.Split("style-src")[0], StringComparison.Ordinal);
        Assert.DoesNotContain("inline-script-hashes", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Single(style, "X-Content-Type-Options"));
        Assert.Equal("nosniff", Single(page, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task A_public_report_address_is_the_reports_own_page_with_its_own_policy_not_the_console()
    {
        await using var server = await ServerProcess.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(server.Address, "/") };

        using var missing = await client.GetAsync("public/reports/pr-000000000000000000000000");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        var policy = Single(missing, "Content-Security-Policy");
        Assert.StartsWith("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        Assert.Equal("DENY", Single(missing, "X-Frame-Options"));
    }

    private static string Single(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.TryGetValues(name, out var values)
            ? values
            : response.Content.Headers.TryGetValues(name, out var content) ? content : []);

    [GeneratedRegex(@"<script type=""importmap"">(?<body>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ImportMap();
}
