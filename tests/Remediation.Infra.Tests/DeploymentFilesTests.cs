using System.Diagnostics;
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace Remediation.Infra.Tests;

/// <summary>The files azd and the Functions host read: valid, pointing at what exists, and doing what they say.</summary>
public class DeploymentFilesTests
{
    [Fact]
    public void Azure_yaml_is_valid_yaml_naming_both_services_and_a_predeploy_hook_that_exists()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Bicep.Root, "azure.yaml")))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents.Single().RootNode;
        var services = (YamlMappingNode)root["services"];
        var api = (YamlMappingNode)services["api"];
        var web = (YamlMappingNode)services["web"];
        var hook = (YamlMappingNode)((YamlMappingNode)web["hooks"])["predeploy"];
        var webFolder = Path.Combine(Bicep.Root, web["project"].ToString());
        var script = Path.GetFullPath(Path.Combine(webFolder, hook["run"].ToString()));

        Assert.Equal("function", api["host"].ToString());
        Assert.True(Directory.Exists(Path.Combine(Bicep.Root, api["project"].ToString())));
        Assert.Equal("staticwebapp", web["host"].ToString());
        Assert.Equal("sh", hook["shell"].ToString());
        Assert.True(File.Exists(script), $"the predeploy hook {script} does not exist");
        Assert.True(OperatingSystem.IsWindows() || File.GetUnixFileMode(script).HasFlag(UnixFileMode.UserExecute), "the predeploy hook is not executable");
        Assert.Equal("bicep", ((YamlMappingNode)root["infra"])["provider"].ToString());
    }

    [Fact]
    public async Task The_predeploy_hook_points_the_console_at_the_api_and_narrows_its_policy_to_that_origin()
    {
        var wwwroot = PublishedConsole();
        try
        {
            var (exitCode, errors) = await RunHookAsync(wwwroot, "https://func-abc123.azurewebsites.net/");

            Assert.True(exitCode == 0, errors);
            var settings = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(wwwroot, "appsettings.json"))).RootElement;
            Assert.Equal("https://func-abc123.azurewebsites.net", settings.GetProperty("ApiBaseUrl").GetString());
            var policy = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(wwwroot, "staticwebapp.config.json"))).RootElement
                .GetProperty("globalHeaders").GetProperty("Content-Security-Policy").GetString()!;
            Assert.Contains("connect-src 'self' https://func-abc123.azurewebsites.net;", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("*.azurewebsites.net", policy, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(wwwroot, recursive: true);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("http://func-abc123.azurewebsites.net")]
    public async Task The_predeploy_hook_refuses_to_run_without_an_https_api_address(string? api)
    {
        var wwwroot = PublishedConsole();
        try
        {
            var (exitCode, errors) = await RunHookAsync(wwwroot, api);

            Assert.NotEqual(0, exitCode);
            Assert.Contains("SERVICE_API_URI", errors, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(wwwroot, recursive: true);
        }
    }

    [Fact]
    public void The_functions_host_sends_its_own_telemetry_through_open_telemetry_as_the_worker_does()
    {
        var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(Bicep.Root, "host.json"))).RootElement;

        Assert.Equal("OpenTelemetry", host.GetProperty("telemetryMode").GetString());
    }

    /// <summary>A folder holding what the hook finds in a published console: its settings and Static Web App config.</summary>
    private static string PublishedConsole()
    {
        var folder = Path.Combine(Path.GetTempPath(), "remediation-hook-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var source = Path.Combine(Bicep.Root, "src", "Remediation.Web", "wwwroot");
        File.Copy(Path.Combine(source, "appsettings.json"), Path.Combine(folder, "appsettings.json"));
        File.Copy(Path.Combine(source, "staticwebapp.config.json"), Path.Combine(folder, "staticwebapp.config.json"));
        return folder;
    }

    private static async Task<(int ExitCode, string Errors)> RunHookAsync(string wwwroot, string? api)
    {
        var start = new ProcessStartInfo("sh") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(Bicep.Root, "infra", "hooks", "web-predeploy.sh"));
        start.ArgumentList.Add(wwwroot);
        start.Environment.Remove("SERVICE_API_URI");
        if (api is not null)
        {
            start.Environment["SERVICE_API_URI"] = api;
        }

        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, errors);
    }
}
