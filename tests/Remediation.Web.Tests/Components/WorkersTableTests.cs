using Bunit;
using Remediation.Contracts.Cases;
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
        var counts = new WorkerCounts { Total = 3, Owed = 1, ByStatus = new Dictionary<string, int> { ["Paid"] = 2, ["Owed"] = 1 } };
        var table = context.Render<WorkersTable>(p => p.Add(t => t.CaseId, "C-1").Add(t => t.Counts, counts));

        table.WaitForAssertion(() => Assert.Equal(3, table.FindAll("tr.worker").Count));
        Assert.Equal("20,000.50 THB", table.FindAll("tr.worker")[0].Children[3].TextContent);
        table.Find("#worker-search").Input("0001");
        table.WaitForAssertion(() => Assert.Single(table.FindAll("tr.worker")));
        Assert.Equal(["MM-0001"], table.FindAll("tr.worker th").Select(t => t.TextContent));
        table.Find("#worker-search").Input(string.Empty);
        table.FindAll("ul.by-status button").Single(b => b.TextContent.Contains("Owed", StringComparison.Ordinal)).Click();
        table.WaitForAssertion(() => Assert.Single(table.FindAll("tr.worker")));
        Assert.Equal(["MM-0002"], table.FindAll("tr.worker th").Select(t => t.TextContent));
        Assert.Equal("true", table.FindAll("ul.by-status button").Single(b => b.TextContent.Contains("Owed", StringComparison.Ordinal)).GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task A_large_ledger_shows_its_first_page_without_reading_the_rest_until_searched()
    {
        static string Lines(int from) => string.Join(",", Enumerable.Range(from, 500).Select(i => Line($"MM-{i:D4}", "Owed", "0.00")));
        var (context, api) = await ConsoleContext.SignedInAsync("caseworker", answers: a => a.AnswerInTurn("GET", "cases/C-1/workers",
            $$"""{"items":[{{Lines(1)}}],"continuationToken":"page-2"}""", $$"""{"items":[{{Lines(501)}}]}"""));
        using var _context = context;
        var counts = new WorkerCounts { Total = 1000, Owed = 1000, ByStatus = new Dictionary<string, int> { ["Owed"] = 1000 } };

        var table = context.Render<WorkersTable>(p => p.Add(t => t.CaseId, "C-1").Add(t => t.Counts, counts));

        table.WaitForAssertion(() => Assert.NotEmpty(table.FindAll("tr.worker")));
        Assert.Equal("MM-0001", table.Find("tr.worker th").TextContent);
        Assert.Single(api.Requests, r => r.Path == "cases/C-1/workers");
        Assert.Equal("Workers (1,000)", table.Find("h2").TextContent);
        table.Find("#worker-search").Input("0999");
        table.WaitForAssertion(() => Assert.Equal(["MM-0999"], table.FindAll("tr.worker th").Select(t => t.TextContent)));
        Assert.Equal(2, api.Requests.Count(r => r.Path == "cases/C-1/workers"));
    }

    [Fact]
    public async Task A_case_without_workers_says_who_adds_them()
    {
        var (context, _) = await ConsoleContext.SignedInAsync("caseworker");
        using var _context = context;
        var counts = new WorkerCounts { Total = 0, Owed = 0, ByStatus = new Dictionary<string, int>() };

        var table = context.Render<WorkersTable>(p => p.Add(t => t.CaseId, "C-1").Add(t => t.Counts, counts));

        Assert.StartsWith("No workers on this case yet", table.Find("p.empty").TextContent, StringComparison.Ordinal);
        Assert.Empty(table.FindAll("table"));
    }
}
