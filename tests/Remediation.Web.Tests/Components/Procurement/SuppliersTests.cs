using System.Net;
using Bunit;
using Remediation.Web.Pages;
using Remediation.Web.Tests.Builders;

namespace Remediation.Web.Tests.Components.Procurement;

public class SuppliersTests
{
    private static Task<(BunitContext Context, FakeApi Api)> CaseworkerAsync(
        string list = BuyerSamples.List, HttpStatusCode status = HttpStatusCode.OK) =>
        ConsoleContext.SignedInAsync("caseworker", answers: a => a
            .Answer("GET", "suppliers/method", BuyerSamples.Method)
            .Answer("GET", "suppliers", list, status));

    [Fact]
    public async Task The_columns_are_the_methods_indicators_and_a_second_click_on_a_heading_sorts_down()
    {
        var (context, api) = await CaseworkerAsync();
        using var _context = context;
        var page = context.Render<Suppliers>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("table.suppliers tbody tr").Count));

        // The sorted column (by name, the API's order, until a heading is clicked) shows its direction.
        Assert.Equal(["Supplier ▲", "Open cases", "Days late now", "Countries"], page.FindAll("table.suppliers thead th").Select(t => t.TextContent.Trim()));
        Assert.Equal(["Calcomp Electronics SUP-CALCOMP", "3", "12.5", "MY, TH"], page.FindAll("table.suppliers tbody tr")[0].Children.Select(c => c.TextContent.Trim()));
        Assert.Equal("suppliers/SUP-CALCOMP", page.Find("table.suppliers tbody a").GetAttribute("href"));

        page.Find("button[data-indicator='daysLateNow']").Click();
        page.WaitForAssertion(() => Assert.Contains("sort=daysLateNow", api.Addresses[^1], StringComparison.Ordinal));
        page.Find("button[data-indicator='daysLateNow']").Click();
        page.WaitForAssertion(() => Assert.Contains("sort=-daysLateNow", api.Addresses[^1], StringComparison.Ordinal));
        Assert.Equal("descending", page.Find("th:has(button[data-indicator='daysLateNow'])").GetAttribute("aria-sort"));
        Assert.Equal("Days late now ▼", page.Find("button[data-indicator='daysLateNow']").TextContent.Trim());
        Assert.Equal("Supplier", page.Find("button[data-indicator='name']").TextContent.Trim());
    }

    [Fact]
    public async Task A_filter_asks_for_suppliers_with_at_least_two_open_cases_and_pages_on_with_the_token()
    {
        var (context, api) = await CaseworkerAsync();
        using var _context = context;
        var page = context.Render<Suppliers>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("table.suppliers tbody tr").Count));

        page.Find("#filter-indicator").Change("openCases");
        page.Find("#filter-op").Change("ge");
        page.Find("#filter-value").Change("2");
        await page.Find("form.filters").SubmitAsync();

        page.WaitForAssertion(() => Assert.Contains("filter=openCases:ge:2", api.Addresses[^1], StringComparison.Ordinal));
        Assert.Contains("Open cases ≥ 2", page.Find(".active-filters").TextContent, StringComparison.Ordinal);
        page.Find("#filter-indicator").Change("countries");
        Assert.Equal(["has", "eq"], page.FindAll("#filter-op option").Select(o => o.GetAttribute("value")));

        page.FindAll(".pager button").Single(b => b.TextContent == "Next page").Click();
        page.WaitForAssertion(() => Assert.Contains("continuationToken=t2", api.Addresses[^1], StringComparison.Ordinal));
        Assert.Contains("filter=openCases:ge:2", api.Addresses[^1], StringComparison.Ordinal);
        Assert.Contains("pageSize=25", api.Addresses[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_query_shows_each_of_the_problems_errors()
    {
        var (context, _) = await CaseworkerAsync("""
            {"type":"/api/v1/problems/validation","title":"Bad Request","status":400,"detail":"1 problem.","traceId":"t",
             "errors":[{"path":"filter","message":"'openCases' compares numbers: use eq, ne, gt, ge, lt or le."}]}
            """, HttpStatusCode.BadRequest);
        using var _context = context;

        var page = context.Render<Suppliers>();

        page.WaitForAssertion(() => Assert.Equal(
            "filter: 'openCases' compares numbers: use eq, ne, gt, ge, lt or le.", page.Find("[role=alert] .problems li").TextContent));
        Assert.Contains("Refused: 1 problem.", page.Find("[role=alert]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_method_lists_each_indicators_source_and_rule_without_a_composite_score()
    {
        var (context, _) = await CaseworkerAsync();
        using var _context = context;

        var page = context.Render<Suppliers>();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("details.method tbody tr").Count));
        Assert.Equal(["Days late now", "Deadlines", "Days past every open supplier deadline, summed."],
            page.FindAll("details.method tbody tr")[1].Children.Select(c => c.TextContent));
        Assert.Contains("No composite score: each indicator stands on its own rule.", page.Find("details.method").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supplier_is_sent_to_its_own_record_instead()
    {
        var (context, api) = await ConsoleContext.SignedInAsync("supplier", "SUP-CALCOMP");
        using var _context = context;

        var page = context.Render<Suppliers>();

        Assert.Contains("Only a caseworker can see this page.", page.Markup, StringComparison.Ordinal);
        Assert.Equal("suppliers/SUP-CALCOMP", page.Find("a").GetAttribute("href"));
        Assert.DoesNotContain(api.Requests, r => r.Path.StartsWith("suppliers", StringComparison.Ordinal));
    }
}
