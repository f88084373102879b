using System.Text;
using Remediation.Development;
using Remediation.Domain.Reporting;

namespace Remediation.Api.Tests.Procurement;

/// <summary>docs/risk-method.md lists the indicator catalogue the API computes by, word for word.</summary>
public class RiskMethodDocTests
{
    private const string Start = "<!-- indicators: generated from IndicatorCatalog; REMEDIATION_WRITE_DOCS=1 rewrites it -->";
    private const string End = "<!-- /indicators -->";

    private static readonly string Doc = Path.Combine(AzuriteEmulator.FindRepositoryRoot(AppContext.BaseDirectory), "docs", "risk-method.md");

    [Fact]
    public void The_method_document_lists_every_indicator_with_its_source_and_rule()
    {
        var table = new StringBuilder()
            .AppendLine(Start)
            .AppendLine("| indicator | what it shows | applies to | source | rule |")
            .AppendLine("|---|---|---|---|---|");
        foreach (var i in IndicatorCatalog.All)
        {
            table.AppendLine($"| `{i.Name}` | {i.Label} | {(i.AppliesTo == IndicatorScope.Both ? "supplier, factory" : "supplier")} | {i.Source} | {i.Rule} |");
        }

        table.Append(End);
        var text = File.ReadAllText(Doc);
        var (from, to) = (text.IndexOf(Start, StringComparison.Ordinal), text.IndexOf(End, StringComparison.Ordinal));
        Assert.True(from >= 0 && to > from, "docs/risk-method.md has no generated indicator table");
        var current = text[from..(to + End.Length)];
        if (Environment.GetEnvironmentVariable("REMEDIATION_WRITE_DOCS") == "1")
        {
            File.WriteAllText(Doc, text.Replace(current, table.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal));
            return;
        }

        Assert.Equal(table.ToString().ReplaceLineEndings("\n"), current.ReplaceLineEndings("\n"));
    }
}
