namespace Remediation.Functions.Tests;

/// <summary>The local sign-in provider is Development tooling: none of it ships in the Functions app.</summary>
public class DevelopmentDependencyTests
{
    [Fact]
    public void The_functions_app_depends_on_no_openiddict_or_entity_framework_assembly()
    {
        var bin = AppContext.BaseDirectory.Split(Path.DirectorySeparatorChar);
        var configuration = bin[Array.LastIndexOf(bin, "bin") + 1];
        var root = Remediation.Development.AzuriteEmulator.FindRepositoryRoot(AppContext.BaseDirectory);
        var output = Path.Combine(root, "src", "Remediation.Functions", "bin", configuration, "net10.0");

        var dependencies = File.ReadAllText(Path.Combine(output, "Remediation.Functions.deps.json"));

        Assert.Contains("Remediation.Api", dependencies, StringComparison.Ordinal);
        Assert.DoesNotContain("OpenIddict", dependencies, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("EntityFrameworkCore", dependencies, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Remediation.Development", dependencies, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(output, "OpenIddict*.dll"));
        Assert.Empty(Directory.GetFiles(output, "Microsoft.EntityFrameworkCore*.dll"));
    }
}
