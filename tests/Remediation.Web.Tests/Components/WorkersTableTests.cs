using Bunit;
using Remediation.Web.Components;
using Remediation.Web.Tests.Builders;

namespace Remediation.Web.Tests.Components;

public class WorkersTableTests
{
    private static string Line(string workerRef, string status, string paid) => $$$"""
        {"ref":"{{{workerRef}}}","nationality":"MM","employmentStatus":"current","status":"{{{status}}}","fees":[],
         "totals":[{"currency":"THB","claimed":"20000.50","confirmed":"20000.50","paid":"{{{paid}}}","verified":"0.00","outstanding":"0.00"}],"payments":[]}
        """;

    [Fact]
    public async Task The_ledger_is_searchable_by_reference_and_filtered_by_status_with_exact_amounts()
    {
        var (context, _) = await ConsoleContext.SignedInAsync("caseworker", answers: a => a.Answer("GET", "cases/C-1/workers",
            $$"""{"items":[{{Line("MM-0001", "Paid", "20000.50")}},{{Line("MM-0002", "Owed", "0.00")}},{{Line("MM-0010", "Paid", "20000.50")}}]}"""));
        using var _context = context;
        var table = context.Render<WorkersTable>(p => p.Add(t => t.CaseId, "C-1").Add(t => t.ByStatus, new Dictionary<string, int> { ["Paid"] = 2, ["Owed"] = 1 }));

        table.WaitForAssertion(() => Assert.Equal(3, table.FindAll("tr.worker").Count));
        Assert.Equal("20000.50 THB", table.FindAll("tr.worker")[0].Children[3].TextContent);
        table.Find("#worker-search").Input("0001");
        Assert.Equal(["MM-0001"], table.FindAll("tr.worker th").Select(t => t.TextContent));
        table.Find("#worker-search").Input(string.Empty);
        table.FindAll("ul.by-status button").Single(b => b.TextContent.Contains("Owed", StringComparison.Ordinal)).Click();
        Assert.Equal(["MM-0002"], table.FindAll("tr.worker th").Select(t => t.TextContent));
        Assert.Equal("true", table.FindAll("ul.by-status button").Single(b => b.TextContent.Contains("Owed", StringComparison.Ordinal)).GetAttribute("aria-pressed"));
    }
}
