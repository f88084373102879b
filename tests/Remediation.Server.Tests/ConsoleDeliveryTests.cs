using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Remediation.Development;

namespace Remediation.Server.Tests;

/// <summary>
/// The server sends the console as published (the server's build publishes it into console/): trimmed, Brotli or gzip
/// as the browser asks, fingerprinted files cached for good and the page itself revalidated.
/// </summary>
public partial class ConsoleDeliveryTests
{
    [Fact]
    public async Task Fingerprinted_files_are_sent_precompressed_and_cached_for_good()
    {
        await using var server = await ServerProcess.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(server.Address, "/") };
        var html = await client.GetStringAsync("");
        var script = BlazorScript().Match(html).Value;

        foreach (var encoding in new[] { "br", "gzip" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, script);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            using var response = await client.SendAsync(request);

            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
            Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
            Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl.MaxAge);
        }

        using var page = await client.GetAsync("cases/C-1");
        Assert.True(page.Headers.CacheControl?.NoCache == true, $"the page must be revalidated: {page.Headers.CacheControl}");
    }

    [Fact]
    public void The_console_the_server_sends_is_the_trimmed_release_build_under_3_MB_as_Brotli()
    {
        var server = ServerProcess.BuildOutput();
        var framework = Path.Combine(server, "console", "wwwroot", "_framework");

        var brotli = Directory.GetFiles(framework, "*.br").Sum(f => new FileInfo(f).Length);

        Assert.InRange(brotli, 1, 3_000_000);
        Assert.Empty(Directory.GetFiles(framework, "*.pdb"));
        Assert.True(File.Exists(Path.Combine(server, "console", "Remediation.Web.staticwebassets.endpoints.json")));
    }

    [GeneratedRegex(@"_framework/blazor\.webassembly\.[a-z0-9]+\.js")]
    private static partial Regex BlazorScript();
}
