using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Remediation.Server.Tests;

namespace Remediation.Web.Tests;

/// <summary>The console published for the Static Web App sends the same security headers as the standalone server.</summary>
public partial class StaticWebAppHeadersTests
{
    [Fact]
    public async Task Publishing_the_console_completes_its_policy_with_the_hash_of_the_published_import_map()
    {
        // The server's build publishes the console (Release) into console/, as the Static Web App deployment does.
        var output = Path.Combine(ServerProcess.BuildOutput(), "console");

        var html = await File.ReadAllTextAsync(Path.Combine(output, "wwwroot", "index.html"));
        using var config = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "wwwroot", "staticwebapp.config.json")));
        var headers = config.RootElement.GetProperty("globalHeaders");
        var policy = headers.GetProperty("Content-Security-Policy").GetString()!;
        var importMap = ImportMap().Match(html).Groups["body"].Value;

        Assert.NotEmpty(importMap);
        Assert.Contains(
            $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap)))}'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("inline-script-hashes", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", headers.GetProperty("X-Content-Type-Options").GetString());
        Assert.Equal("/index.html", config.RootElement.GetProperty("navigationFallback").GetProperty("rewrite").GetString());
    }

    [GeneratedRegex(@"<script type=""importmap"">(?<body>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ImportMap();
}
