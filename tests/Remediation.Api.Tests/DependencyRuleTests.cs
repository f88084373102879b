using System.Xml.Linq;
using Remediation.Development;

namespace Remediation.Api.Tests;

/// <summary>The design's dependency rule: the API sees Contracts, Workflows and Domain; the hosts wire storage.</summary>
public class DependencyRuleTests
{
    [Fact]
    public void The_api_references_neither_storage_nor_notifications_directly_or_through_another_project()
    {
        var root = AzuriteEmulator.FindRepositoryRoot(AppContext.BaseDirectory);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.Combine(root, "src", "Remediation.Api", "Remediation.Api.csproj")]);
        while (pending.TryPop(out var project))
        {
            foreach (var reference in XDocument.Load(project).Descendants("ProjectReference").Select(r => (string)r.Attribute("Include")!))
            {
                var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, reference));
                if (seen.Add(Path.GetFileNameWithoutExtension(path)))
                {
                    pending.Push(path);
                }
            }
        }

        Assert.Equal(["Remediation.Contracts", "Remediation.Domain", "Remediation.Workflows"], seen.Order(StringComparer.Ordinal));
        var loaded = typeof(Routing.ApiRoute).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain("Remediation.Storage", loaded);
        Assert.DoesNotContain("Remediation.Notifications", loaded);
    }
}
