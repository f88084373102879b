using Bunit;
using Remediation.Web.Components;
using Remediation.Web.Tests.Builders;

namespace Remediation.Web.Tests.Components;

public class DashboardTests
{
    private const string Summary = """
        {"cases":7,"totals":[{"currency":"THB","claimed":"100.00","confirmed":"90.00","paid":"45.50","verified":"20.00","outstanding":"44.50"}],
         "casesByStage":{"Triage":2,"Reimbursement":4,"Closed":1},"casesByEscalationLevel":{"0":4,"1":2,"3":1},
         "medianDaysIntakeToFirstPayment":12.50,"medianDaysIntakeToClosed":40.00,
         "medianDaysInStage":{"Triage":1.50,"Investigation":21.25},
         "paymentsByMonth":[{"month":"2026-01","amounts":[{"currency":"THB","amount":"30000.50"}]},{"month":"2026-02","amounts":[{"currency":"THB","amount":"15000.25"}]}]}
        """;

    [Fact]
    public async Task Every_figure_links_to_the_list_it_counts_in_words_with_amounts_grouped()
    {
        var (context, _) = await ConsoleContext.SignedInAsync("caseworker", answers: api => api.Answer("GET", "reports/summary", Summary));
        using var _context = context;

        var dashboard = context.Render<Dashboard>();

        dashboard.WaitForAssertion(() => Assert.NotEmpty(dashboard.FindAll("ul.figures a")));
        var links = dashboard.FindAll("ul.figures a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
        Assert.Contains(("cases?stage=Triage", "2 Triage"), links);
        Assert.Contains(("cases?stage=Reimbursement", "4 Reimbursement"), links);
        Assert.Contains(("cases?minEscalationLevel=3&overdue=true", "1 Contract escalation"), links);
        Assert.DoesNotContain(links, l => l.Item1!.Contains("minEscalationLevel=0", StringComparison.Ordinal));
        Assert.Contains("45.50", dashboard.Find("table.totals").TextContent, StringComparison.Ordinal);
        Assert.Contains("12.50", dashboard.Markup, StringComparison.Ordinal);
        Assert.Contains("<dt>In Triage</dt><dd>1.50</dd>", dashboard.Markup, StringComparison.Ordinal);
        Assert.Contains("<dt>In Investigation</dt><dd>21.25</dd>", dashboard.Markup, StringComparison.Ordinal);
        var months = dashboard.FindAll("table.chart tbody tr");
        Assert.Equal(["2026-01", "2026-02"], months.Select(r => r.QuerySelector("th")!.TextContent));
        Assert.Equal(["30,000.50", "15,000.25"], months.Select(r => r.QuerySelector("span.num")!.TextContent));
        Assert.Equal(["width: 100%", "width: 50%"], months.Select(r => r.QuerySelector("span.bar")!.GetAttribute("style")));
        }

    [Fact]
    public async Task An_empty_card_says_why_it_is_empty()
    {
        const string empty = """
            {"cases":0,"totals":[],"casesByStage":{},"casesByEscalationLevel":{},"paymentsByMonth":[]}
            """;
        var (context, _) = await ConsoleContext.SignedInAsync("caseworker", answers: api => api.Answer("GET", "reports/summary", empty));
        using var _context = context;

        var dashboard = context.Render<Dashboard>();

        dashboard.WaitForAssertion(() => Assert.NotEmpty(dashboard.FindAll("p.empty")));
        Assert.Equal(
            ["No cases yet.", "No case is overdue.", "No case has reached a first payment or closing yet.", "No amounts yet: no case has claimed or confirmed fees."],
            dashboard.FindAll("p.empty").Select(p => p.TextContent));
        Assert.Empty(dashboard.FindAll("table.totals"));
    }
}
