using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Remediation.Api.Routing;
using Remediation.Api.Tests.Builders;
using Remediation.Development;
using Xunit.Abstractions;

namespace Remediation.Api.Tests;

/// <summary>
/// The API document is generated from the route table and the contract types; docs/openapi.yaml and .json are that
/// document, committed. Regenerate them with REMEDIATION_WRITE_OPENAPI=1 dotnet test --filter OpenApiTests.
/// </summary>
public class OpenApiTests(ITestOutputHelper output)
{
    private static readonly string Root = AzuriteEmulator.FindRepositoryRoot(AppContext.BaseDirectory);

    [Fact]
    public async Task The_committed_api_document_is_what_the_code_generates()
    {
        await using var server = await ApiServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.Address };
        var generated = new Dictionary<string, string>
        {
            ["openapi.yaml"] = await http.GetStringAsync("openapi.yaml"),
            ["openapi.json"] = await http.GetStringAsync("openapi.json"),
        };

        foreach (var (file, text) in generated)
        {
            var path = Path.Combine(Root, "docs", file);
            if (Environment.GetEnvironmentVariable("REMEDIATION_WRITE_OPENAPI") == "1")
            {
                await File.WriteAllTextAsync(path, text);
            }

            Assert.True(
                File.Exists(path) && Normalise(await File.ReadAllTextAsync(path)) == Normalise(text),
                $"docs/{file} differs from the document the code generates; run REMEDIATION_WRITE_OPENAPI=1 dotnet test --filter OpenApiTests and commit it.");
        }
    }

    [Fact]
    public async Task Every_route_of_the_table_is_an_operation_named_after_it_with_its_problems()
    {
        await using var server = await ApiServer.StartAsync();
        var document = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Root, "docs", "openapi.json")))!;

        foreach (var route in server.Services.GetRequiredService<RemediationApi>().Routes)
        {
            var operation = document["paths"]?[route.Path]?[route.Method.ToLowerInvariant()];
            Assert.True(operation is not null, $"{route.Method} {route.Path} is not in the document");
            Assert.Equal(route.Name, operation!["operationId"]!.GetValue<string>());
            Assert.All(route.ProblemStatuses(), s => Assert.NotNull(operation["responses"]![s.ToString(System.Globalization.CultureInfo.InvariantCulture)]!["content"]!["application/problem+json"]));
        }
    }

    [Fact]
    public void Every_number_in_the_document_is_declared_decimal_so_generated_clients_carry_money_exactly()
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "docs", "openapi.json")))!;
        var numbers = Descendants(document).OfType<JsonObject>().Where(o => o["type"]?.ToJsonString() is { } type && type.Contains("\"number\"", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.Equal("decimal", (string?)n["format"]));
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node) => node switch
    {
        JsonObject o => new[] { node }.Concat(o.Select(p => p.Value).OfType<JsonNode>().SelectMany(Descendants)),
        JsonArray a => a.OfType<JsonNode>().SelectMany(Descendants),
        _ => [node],
    };

    [Fact]
    public async Task The_document_parses_with_Microsoft_OpenApi_without_errors()
    {
        await using var stream = File.OpenRead(Path.Combine(Root, "docs", "openapi.json"));

        var result = await OpenApiDocument.LoadAsync(stream, "json", new OpenApiReaderSettings());

        Assert.Empty(result.Diagnostic!.Errors);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, result.Diagnostic.SpecificationVersion);
        Assert.True(result.Document!.Paths.Count >= 25);
    }

    [Fact]
    public async Task The_document_passes_Redocly_recommended_rules_with_no_error()
    {
        await AzuriteEmulator.EnsureInstalledAsync(Root);
        var start = new ProcessStartInfo(Path.Combine(Root, "node_modules", ".bin", "redocly")) { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "lint", "docs/openapi.yaml", "--extends=recommended" })
        {
            start.ArgumentList.Add(argument);
        }

        using var lint = Process.Start(start)!;
        var stdout = lint.StandardOutput.ReadToEndAsync();
        var stderr = lint.StandardError.ReadToEndAsync();
        await lint.WaitForExitAsync();
        var summary = await stdout + await stderr;
        output.WriteLine(summary);

        Assert.True(lint.ExitCode == 0, summary);
        Assert.Contains("Your API description is valid", summary, StringComparison.Ordinal);
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
}
