using Microsoft.Extensions.DependencyInjection;
using Remediation.Api.Routing;
using Remediation.Api.Tests.Builders;

namespace Remediation.Api.Tests;

public class OpenApiTests
{
    [Fact]
    public async Task Every_mapped_route_is_in_openapi_yaml_and_nothing_else_is()
    {
        await using var server = await ApiServer.StartAsync();
        var mapped = server.Services.GetRequiredService<RemediationApi>().Routes.Select(r => $"{r.Method.ToLowerInvariant()} /{r.Template}").Order(StringComparer.Ordinal);

        var documented = Documented(File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "openapi.yaml")));

        Assert.Equal(mapped, documented.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_operation_id_is_its_route_name()
    {
        await using var server = await ApiServer.StartAsync();
        var yaml = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "openapi.yaml"));

        Assert.All(server.Services.GetRequiredService<RemediationApi>().Routes, r => Assert.Contains($"operationId: {r.Name}\n", yaml, StringComparison.Ordinal));
    }

    /// <summary>"method /path" for each operation under <c>paths:</c> (two-space paths, four-space methods).</summary>
    private static List<string> Documented(string[] lines)
    {
        var operations = new List<string>();
        var inPaths = false;
        string? path = null;
        foreach (var line in lines)
        {
            if (!line.StartsWith(' '))
            {
                inPaths = line.StartsWith("paths:", StringComparison.Ordinal);
                continue;
            }

            if (!inPaths)
            {
                continue;
            }

            if (line.StartsWith("  /", StringComparison.Ordinal) && line.TrimEnd().EndsWith(':'))
            {
                path = line.Trim().TrimEnd(':');
            }
            else if (path is not null && line.Length > 4 && line[..4] == "    " && line[4] != ' ' && line.TrimEnd().EndsWith(':'))
            {
                var method = line.Trim().TrimEnd(':');
                if (method is "get" or "post" or "put" or "delete" or "patch")
                {
                    operations.Add($"{method} {path}");
                }
            }
        }

        return operations;
    }

    private static string RepositoryRoot() => Remediation.Storage.Development.AzuriteEmulator.FindRepositoryRoot(AppContext.BaseDirectory);
}
