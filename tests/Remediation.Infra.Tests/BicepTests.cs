using System.Text.Json;
using System.Text.RegularExpressions;

namespace Remediation.Infra.Tests;

public partial class BicepTests
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

    [Theory]
    [InlineData("identityAuthority", "Remediation__Identity__Authority")]
    [InlineData("identityAudience", "Remediation__Identity__Audiences__0")]
    [InlineData("identityClientId", "Remediation__Identity__ConsoleClientId")]
    [InlineData("identityScope", "Remediation__Identity__Scopes__0")]
    [InlineData("identityAdminContact", "Remediation__Identity__AdminContact")]
    public async Task A_sign_in_parameter_reaches_the_functions_app_and_the_static_web_app_as_the_same_setting(string parameter, string setting)
    {
        var template = await CompiledTemplateAsync();

        Assert.Equal($"[parameters('{parameter}')]", FunctionsAppSetting(template, setting));
        Assert.Equal($"[parameters('{parameter}')]", StaticWebAppSetting(template, setting));
    }

    [Fact]
    public async Task Sign_in_takes_the_subject_from_entra_s_object_id_and_offers_api_keys_only_without_an_identity_provider()
    {
        var template = await CompiledTemplateAsync();
        var allow = template.RootElement.GetProperty("parameters").GetProperty("identityAllowApiKeySignIn");

        Assert.Equal("oid", FunctionsAppSetting(template, "Remediation__Identity__SubjectClaim"));
        Assert.Equal("oid", StaticWebAppSetting(template, "Remediation__Identity__SubjectClaim"));
        Assert.Equal("[if(parameters('identityAllowApiKeySignIn'), 'true', 'false')]", FunctionsAppSetting(template, "Remediation__Identity__AllowApiKeySignIn"));
        Assert.Equal("[if(parameters('identityAllowApiKeySignIn'), 'true', 'false')]", StaticWebAppSetting(template, "Remediation__Identity__AllowApiKeySignIn"));
        Assert.Equal("bool", allow.GetProperty("type").GetString());
        Assert.Equal("[empty(parameters('identityAuthority'))]", allow.GetProperty("defaultValue").GetString());
    }

    [Theory]
    [InlineData("identityAuthority", "REMEDIATION_IDENTITY_AUTHORITY")]
    [InlineData("identityAudience", "REMEDIATION_IDENTITY_AUDIENCE")]
    [InlineData("identityClientId", "REMEDIATION_IDENTITY_CLIENT_ID")]
    [InlineData("identityScope", "REMEDIATION_IDENTITY_SCOPE")]
    [InlineData("identityAdminContact", "REMEDIATION_IDENTITY_ADMIN_CONTACT")]
    public async Task A_sign_in_parameter_is_optional_described_and_set_from_its_azd_variable(string parameter, string variable)
    {
        var declared = (await CompiledTemplateAsync()).RootElement.GetProperty("parameters").GetProperty(parameter);
        var mapped = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Bicep.Root, "infra", "main.parameters.json"))).RootElement
            .GetProperty("parameters").GetProperty(parameter).GetProperty("value").GetString();

        Assert.Equal("string", declared.GetProperty("type").GetString());
        Assert.Equal(string.Empty, declared.GetProperty("defaultValue").GetString());
        Assert.False(string.IsNullOrWhiteSpace(declared.GetProperty("metadata").GetProperty("description").GetString()));
        Assert.Equal("${" + variable + "=}", mapped);
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

    /// <summary>
    /// The value of one of the Functions app's settings, followed from the module's parameter to what main.bicep passes
    /// (a parameter of main.bicep shows as <c>[parameters('name')]</c>).
    /// </summary>
    private static string FunctionsAppSetting(JsonDocument template, string name)
    {
        var module = Module(template, "function-app");
        var setting = Resources(template, "Microsoft.Web/sites").Single().GetProperty("properties").GetProperty("siteConfig").GetProperty("appSettings")
            .EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);
        return Passed(template, module, setting.GetProperty("value").GetString()!);
    }

    /// <summary>The value of one of the Static Web App's app settings, followed as <see cref="FunctionsAppSetting"/>.</summary>
    private static string StaticWebAppSetting(JsonDocument template, string name)
    {
        var module = Module(template, "static-web-app");
        var settings = Assert.Single(Resources(template, "Microsoft.Web/staticSites/config"));
        Assert.Contains("'appsettings'", settings.GetProperty("name").GetString(), StringComparison.Ordinal);
        return Passed(template, module, settings.GetProperty("properties").GetProperty(name).GetString()!);
    }

    private static JsonElement Module(JsonDocument template, string name) =>
        Resources(template, "Microsoft.Resources/deployments").Single(d => d.GetProperty("name").GetString() == name);

    /// <summary>
    /// A module's expression with each <c>parameters('p')</c> or <c>parameters('p').key</c> in it replaced by what
    /// main.bicep passes (through a variable of main.bicep if that is what it passes).
    /// </summary>
    private static string Passed(JsonDocument template, JsonElement module, string expression)
    {
        if (!expression.StartsWith('['))
        {
            return expression;
        }

        var inner = ModuleParameter().Replace(expression[1..^1], match =>
        {
            var value = module.GetProperty("properties").GetProperty("parameters").GetProperty(match.Groups["name"].Value).GetProperty("value");
            var variable = value.ValueKind == JsonValueKind.String ? MainVariable().Match(value.GetString()!) : Match.Empty;
            if (variable.Success)
            {
                value = template.RootElement.GetProperty("variables").GetProperty(variable.Groups["name"].Value);
            }

            if (match.Groups["key"].Success)
            {
                value = value.GetProperty(match.Groups["key"].Value);
            }

            var text = value.GetString()!;
            return text.StartsWith('[') ? text[1..^1] : $"'{text}'";
        });
        return $"[{inner}]";
    }

    [GeneratedRegex(@"parameters\('(?<name>\w+)'\)(\.(?<key>\w+))?", RegexOptions.CultureInvariant)]
    private static partial Regex ModuleParameter();

    [GeneratedRegex(@"^\[variables\('(?<name>\w+)'\)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex MainVariable();
}
