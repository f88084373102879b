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
            var policy = await PolicyAsync(wwwroot);
            Assert.Equal(["'self'", "https://func-abc123.azurewebsites.net"], Directive(policy, "connect-src"));
            Assert.DoesNotContain("*.azurewebsites.net", policy, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(wwwroot, recursive: true);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_predeploy_hook_lets_the_console_reach_the_identity_provider_for_tokens_and_silent_renewal(bool placeholder)
    {
        // The console's policy names the identity provider as 'identity-provider'; a policy without it gets the origin added.
        var wwwroot = PublishedConsole(placeholder);
        try
        {
            var (exitCode, errors) = await RunHookAsync(
                wwwroot, "https://func-abc123.azurewebsites.net", "https://login.microsoftonline.com/0b5b2d3e-1f3a-4c1e-9a6e-2b7f1c9d8e70/v2.0");

            Assert.True(exitCode == 0, errors);
            var policy = await PolicyAsync(wwwroot);
            Assert.Equal(["'self'", "https://func-abc123.azurewebsites.net", "https://login.microsoftonline.com"], Directive(policy, "connect-src"));
            Assert.Contains("https://login.microsoftonline.com", Directive(policy, "frame-src"));
            Assert.DoesNotContain("identity-provider", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("0b5b2d3e", policy, StringComparison.Ordinal);
            Assert.Equal(["'none'"], Directive(policy, "frame-ancestors"));
        }
        finally
        {
            Directory.Delete(wwwroot, recursive: true);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Without_an_identity_provider_the_predeploy_hook_lets_the_console_reach_the_api_only(bool placeholder)
    {
        var wwwroot = PublishedConsole(placeholder);
        try
        {
            var (exitCode, errors) = await RunHookAsync(wwwroot, "https://func-abc123.azurewebsites.net", authority: "");

            Assert.True(exitCode == 0, errors);
            var policy = await PolicyAsync(wwwroot);
            Assert.Equal(["'self'", "https://func-abc123.azurewebsites.net"], Directive(policy, "connect-src"));
            Assert.DoesNotContain("identity-provider", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("https://login.", policy, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(wwwroot, recursive: true);
        }
    }

    [Theory]
    [InlineData("http://login.microsoftonline.com/tenant/v2.0")]
    [InlineData("login.microsoftonline.com")]
    [InlineData("https://")]
    [InlineData("https://login.microsoftonline.com#x/v2.0")]
    public async Task The_predeploy_hook_refuses_an_identity_provider_that_is_not_an_https_address(string authority)
    {
        var wwwroot = PublishedConsole(placeholder: true);
        try
        {
            var (exitCode, errors) = await RunHookAsync(wwwroot, "https://func-abc123.azurewebsites.net", authority);

            Assert.NotEqual(0, exitCode);
            Assert.Contains("REMEDIATION_IDENTITY_AUTHORITY", errors, StringComparison.Ordinal);
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

    /// <summary>
    /// A folder holding what the hook finds in a published console: its settings and Static Web App config; with
    /// <paramref name="placeholder"/>, a policy naming the identity provider as 'identity-provider' in connect-src and
    /// frame-src, whether or not the console's own policy does yet.
    /// </summary>
    private static string PublishedConsole(bool placeholder = false)
    {
        var folder = Path.Combine(Path.GetTempPath(), "remediation-hook-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var source = Path.Combine(Bicep.Root, "src", "Remediation.Web", "wwwroot");
        File.Copy(Path.Combine(source, "appsettings.json"), Path.Combine(folder, "appsettings.json"));
        var config = File.ReadAllText(Path.Combine(source, "staticwebapp.config.json"));
        if (placeholder && !config.Contains("'identity-provider'", StringComparison.Ordinal))
        {
            config = config.Replace(
                "connect-src 'self' https://*.azurewebsites.net;",
                "connect-src 'self' https://*.azurewebsites.net 'identity-provider'; frame-src 'self' 'identity-provider';",
                StringComparison.Ordinal);
            Assert.Contains("'identity-provider'", config, StringComparison.Ordinal);
        }

        File.WriteAllText(Path.Combine(folder, "staticwebapp.config.json"), config);
        return folder;
    }

    private static async Task<string> PolicyAsync(string wwwroot) =>
        JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(wwwroot, "staticwebapp.config.json"))).RootElement
            .GetProperty("globalHeaders").GetProperty("Content-Security-Policy").GetString()!;

    /// <summary>The sources of one directive of a policy (empty for a directive without sources).</summary>
    private static string[] Directive(string policy, string name)
    {
        var directive = Assert.Single(
            policy.Split(';', StringSplitOptions.TrimEntries),
            d => d == name || d.StartsWith(name + " ", StringComparison.Ordinal));
        return directive.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];
    }

    private static async Task<(int ExitCode, string Errors)> RunHookAsync(string wwwroot, string? api, string? authority = null)
    {
        var start = new ProcessStartInfo("sh") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(Bicep.Root, "infra", "hooks", "web-predeploy.sh"));
        start.ArgumentList.Add(wwwroot);
        start.Environment.Remove("SERVICE_API_URI");
        start.Environment.Remove("REMEDIATION_IDENTITY_AUTHORITY");
        if (api is not null)
        {
            start.Environment["SERVICE_API_URI"] = api;
        }

        if (authority is not null)
        {
            start.Environment["REMEDIATION_IDENTITY_AUTHORITY"] = authority;
        }

        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, errors);
    }
}
