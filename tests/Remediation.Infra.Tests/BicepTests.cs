using System.Text.Json;

namespace Remediation.Infra.Tests;

public class BicepTests
{
    [Fact]
    public async Task Main_bicep_builds_without_errors_or_warnings()
    {
        var (exitCode, output, errors) = await Bicep.RunAsync("build", Bicep.MainFile, "--stdout");

        Assert.True(exitCode == 0, errors);
        Assert.Equal(string.Empty, errors.Trim());
        Assert.EndsWith("subscriptionDeploymentTemplate.json#", JsonDocument.Parse(output).RootElement.GetProperty("$schema").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Main_bicep_passes_the_linter_without_warnings()
    {
        var (exitCode, output, errors) = await Bicep.RunAsync("lint", Bicep.MainFile);

        Assert.True(exitCode == 0, output + errors);
        Assert.Equal(string.Empty, (output + errors).Trim());
    }

    [Fact]
    public async Task Storage_has_no_shared_keys_tls_1_2_no_public_blobs_and_evidence_is_versioned_with_soft_delete()
    {
        var template = await CompiledTemplateAsync();

        var account = Resources(template, "Microsoft.Storage/storageAccounts").Single().GetProperty("properties");
        var blobs = Resources(template, "Microsoft.Storage/storageAccounts/blobServices").Single().GetProperty("properties");
        Assert.False(account.GetProperty("allowSharedKeyAccess").GetBoolean());
        Assert.False(account.GetProperty("allowBlobPublicAccess").GetBoolean());
        Assert.Equal("TLS1_2", account.GetProperty("minimumTlsVersion").GetString());
        Assert.True(blobs.GetProperty("isVersioningEnabled").GetBoolean());
        Assert.True(blobs.GetProperty("deleteRetentionPolicy").GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public async Task The_app_runs_on_flex_consumption_with_dotnet_isolated_10_and_identity_based_storage()
    {
        var template = await CompiledTemplateAsync();

        var plan = Resources(template, "Microsoft.Web/serverfarms").Single();
        var app = Resources(template, "Microsoft.Web/sites").Single().GetProperty("properties");
        var config = app.GetProperty("functionAppConfig");
        Assert.Equal(("FC1", "FlexConsumption"), (plan.GetProperty("sku").GetProperty("name").GetString(), plan.GetProperty("sku").GetProperty("tier").GetString()));
        Assert.Equal(("dotnet-isolated", "10.0"), (config.GetProperty("runtime").GetProperty("name").GetString(), config.GetProperty("runtime").GetProperty("version").GetString()));
        Assert.Equal("UserAssignedIdentity", config.GetProperty("deployment").GetProperty("storage").GetProperty("authentication").GetProperty("type").GetString());
        Assert.Contains("AzureWebJobsStorage__credential", AppSettingNames(template));
        Assert.DoesNotContain("AzureWebJobsStorage", AppSettingNames(template));
    }

    [Fact]
    public async Task The_identity_gets_every_role_the_app_and_the_durable_backend_need()
    {
        var template = (await CompiledTemplateAsync()).RootElement.GetRawText();

        foreach (var role in new[]
                 {
                     "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", // Storage Blob Data Owner
                     "974c5e8b-45b9-4653-ba55-5f855dd0fb88", // Storage Queue Data Contributor
                     "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", // Storage Table Data Contributor
                     "3913510d-42f4-4e42-8a64-420c390055eb", // Monitoring Metrics Publisher
                     "4633458b-17de-408a-b874-0445c86b69e6", // Key Vault Secrets User
                 })
        {
            Assert.Contains(role, template, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_setting_the_functions_app_reads_is_set_by_the_bicep_or_documented_as_optional()
    {
        var settings = AppSettingNames(await CompiledTemplateAsync());
        var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(Bicep.Root, "local.settings.sample.json"))).RootElement;
        var comments = sample.GetProperty("Comments");

        foreach (var read in sample.GetProperty("Values").EnumerateObject().Select(p => p.Name))
        {
            var covered = read switch
            {
                // Flex Consumption sets the worker runtime in functionAppConfig, not as a setting.
                "FUNCTIONS_WORKER_RUNTIME" => true,

                // In Azure the storage connection is identity-based.
                "AzureWebJobsStorage" => settings.Contains("AzureWebJobsStorage__accountName") && settings.Contains("AzureWebJobsStorage__clientId"),
                _ => settings.Contains(read) || (comments.TryGetProperty(read, out var note) && note.GetString()!.Contains("Optional", StringComparison.Ordinal)),
            };
            Assert.True(covered, $"{read} is read by the app but neither set by infra/ nor documented as optional");
        }
    }

    [Fact]
    public async Task The_console_is_a_static_web_app_whose_origin_the_functions_app_allows()
    {
        var template = await CompiledTemplateAsync();
        var text = template.RootElement.GetRawText();

        var site = Resources(template, "Microsoft.Web/staticSites").Single();
        var cors = Resources(template, "Microsoft.Web/sites").Single().GetProperty("properties").GetProperty("siteConfig").GetProperty("cors");
        Assert.Equal("[union(parameters('tags'), createObject('azd-service-name', 'web'))]", site.GetProperty("tags").GetString());
        Assert.Equal("[parameters('consoleOrigin')]", Assert.Single(cors.GetProperty("allowedOrigins").EnumerateArray()).GetString());
        Assert.False(cors.GetProperty("supportCredentials").GetBoolean());
        Assert.Contains("defaultHostname", text, StringComparison.Ordinal);
        Assert.NotNull(site.GetProperty("sku").GetProperty("name").GetString());
        var azure = File.ReadAllText(Path.Combine(Bicep.Root, "azure.yaml"));
        Assert.Contains("  web:\n    project: ./src/Remediation.Web\n    language: dotnet\n    host: staticwebapp", azure.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Secrets_reach_the_app_as_key_vault_references_only()
    {
        var template = await CompiledTemplateAsync();
        var app = Resources(template, "Microsoft.Web/sites").Single().GetProperty("properties").GetProperty("siteConfig").GetProperty("appSettings");
        string ValueOf(string name) => app.EnumerateArray().Single(s => s.GetProperty("name").GetString() == name).GetProperty("value").GetString()!;

        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0})'", ValueOf("Remediation__Notifications__Email__Password"), StringComparison.Ordinal);
        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0})'", ValueOf("Remediation__BootstrapAdminKey"), StringComparison.Ordinal);
        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0})'", ValueOf("Remediation__Keys__Ring__k1"), StringComparison.Ordinal);
        Assert.Equal("k1", ValueOf("Remediation__Keys__Current"));
        Assert.Contains(
            Resources(template, "Microsoft.KeyVault/vaults/secrets"),
            s => s.GetProperty("name").GetString()!.Contains("key-ring-k1", StringComparison.Ordinal));
        Assert.Contains(Resources(template, "Microsoft.KeyVault/vaults/secrets"), s => s.GetProperty("name").GetString()!.Contains("smtp-password", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Timeline_checkpoints_live_in_a_container_that_allows_appends_and_nothing_else()
    {
        var template = await CompiledTemplateAsync();

        var container = Resources(template, "Microsoft.Storage/storageAccounts/blobServices/containers")
            .Single(c => c.GetProperty("name").GetString()!.Contains("timeline-checkpoints", StringComparison.Ordinal));
        var policy = Resources(template, "Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies")
            .Single().GetProperty("properties");
        var blobs = Resources(template, "Microsoft.Storage/storageAccounts/blobServices").Single().GetProperty("properties");

        Assert.True(container.GetProperty("properties").GetProperty("immutableStorageWithVersioning").GetProperty("enabled").GetBoolean());
        Assert.True(policy.GetProperty("allowProtectedAppendWritesAll").GetBoolean());
        Assert.Equal("[parameters('checkpointRetentionDays')]", policy.GetProperty("immutabilityPeriodSinceCreationInDays").GetString());
        Assert.True(blobs.GetProperty("isVersioningEnabled").GetBoolean());
    }

    [Fact]
    public async Task The_task_hub_setting_of_host_json_exists_in_the_bicep_and_the_settings_sample()
    {
        var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(Bicep.Root, "host.json"))).RootElement;
        var hub = host.GetProperty("extensions").GetProperty("durableTask").GetProperty("hubName").GetString()!.Trim('%');
        var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(Bicep.Root, "local.settings.sample.json"))).RootElement;

        Assert.Contains(hub, AppSettingNames(await CompiledTemplateAsync()));
        Assert.True(sample.GetProperty("Values").TryGetProperty(hub, out _));
    }

    private static async Task<JsonDocument> CompiledTemplateAsync()
    {
        var (exitCode, output, errors) = await Bicep.RunAsync("build", Bicep.MainFile, "--stdout");
        Assert.True(exitCode == 0, errors);
        return JsonDocument.Parse(output);
    }

    /// <summary>Every resource of a type anywhere in the template, nested module deployments included.</summary>
    private static List<JsonElement> Resources(JsonDocument template, string type)
    {
        var found = new List<JsonElement>();
        void Walk(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                if (element.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == type && element.TryGetProperty("properties", out _))
                {
                    found.Add(element);
                }

                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }

        Walk(template.RootElement);
        return found;
    }

    private static HashSet<string> AppSettingNames(JsonDocument template) =>
        [.. Resources(template, "Microsoft.Web/sites").Single().GetProperty("properties").GetProperty("siteConfig").GetProperty("appSettings").EnumerateArray().Select(s => s.GetProperty("name").GetString()!)];
}
