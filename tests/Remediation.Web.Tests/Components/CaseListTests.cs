using System.Globalization;
using Bunit;
using Remediation.Web.Components;
using Remediation.Web.Tests.Builders;

namespace Remediation.Web.Tests.Components;

public class CaseListTests
{
    private static string Item(string caseId, string factory, string reference, string stage, string waitingFor, TimeSpan deadlineFromNow, int level,
        string outstanding, string priority = "standard") => $$"""
        {"caseId":"{{caseId}}","partnerId":"PART-1","partnerReference":"{{reference}}","factory":{"name":"{{factory}}","country":"TH"},
         "supplierId":"SUP-1","stage":"{{stage}}","priority":"{{priority}}","deadline":"{{(DateTimeOffset.UtcNow + deadlineFromNow).ToString("O", CultureInfo.InvariantCulture)}}",
         "escalationLevel":{{level}},"waitingFor":"{{waitingFor}}","outstanding":[{{outstanding}}],
         "openedAt":"2026-11-01T00:00:00+00:00","updatedAt":"2026-11-30T00:00:00+00:00"}
        """;

    private static string Page() => $$"""
        {"items":[
          {{Item("C-1", "Cal-Comp Electronics", "EW-2026-014", "Reimbursement", "supplier", TimeSpan.FromDays(3.5), 0,
              """{"currency":"THB","amount":"194418735.00"},{"currency":"USD","amount":"1250.5"}""")}},
          {{Item("C-2", "Hana Microelectronics", "EW-2026-021", "Investigation", "supplier", -TimeSpan.FromDays(5.5), 2, "", "priority")}}]}
        """;

    [Fact]
    public async Task Each_case_is_named_by_factory_and_reference_with_stage_waiting_deadline_level_and_owed_in_words()
    {
        var (context, api) = await ConsoleContext.SignedInAsync("caseworker", answers: a => a.Answer("GET", "cases", Page()));
        using var _context = context;

        var list = context.Render<CaseList>();

        list.WaitForAssertion(() => Assert.Equal(2, list.FindAll("table.cases tbody tr").Count));
        var rows = list.FindAll("table.cases tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal("Cal-Comp Electronics", list.Find("table.cases tbody tr a").TextContent);
        Assert.Equal("cases/C-1", list.Find("table.cases tbody tr a").GetAttribute("href"));
        Assert.Contains("EW-2026-014", rows[0][0], StringComparison.Ordinal);
        Assert.Equal(["Reimbursement", "Supplier"], rows[0][1..3]);
        Assert.EndsWith("in 3 days", rows[0][3], StringComparison.Ordinal);
        Assert.Equal("On time", rows[0][4]);
        Assert.Equal(["194,418,735.00 THB", "1,250.5 USD"], list.FindAll("table.cases tbody tr")[0].QuerySelectorAll("span.money").Select(s => s.TextContent));
        Assert.Contains("Priority", rows[1][0], StringComparison.Ordinal);
        Assert.Equal(["Investigation", "Supplier"], rows[1][1..3]);
        Assert.EndsWith("5 days late", rows[1][3], StringComparison.Ordinal);
        Assert.Equal("Formal notice", rows[1][4]);
        Assert.Equal("To be confirmed by findings", rows[1][6]);
        Assert.DoesNotContain(api.Requests, r => r.Path.StartsWith("cases/C-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_list_sorts_by_the_next_deadline_and_filters_offer_stages_and_levels_in_words()
    {
        var (context, _) = await ConsoleContext.SignedInAsync("supplier", "SUP-1", a => a.Answer("GET", "cases", Page()));
        using var _context = context;

        var list = context.Render<CaseList>();

        list.WaitForAssertion(() => Assert.Equal(2, list.FindAll("table.cases tbody tr").Count));
        list.Find("th[aria-sort] button").Click();
        Assert.Equal(["Hana Microelectronics", "Cal-Comp Electronics"], list.FindAll("table.cases tbody tr a").Select(a => a.TextContent));
        Assert.Equal("ascending", list.Find("th[aria-sort]").GetAttribute("aria-sort"));
        Assert.Contains("Supplier acknowledgement", list.FindAll("#filter-stage option").Select(o => o.TextContent));
        Assert.Equal("SupplierAcknowledgement", list.FindAll("#filter-stage option").Single(o => o.TextContent == "Supplier acknowledgement").GetAttribute("value"));
        Assert.Equal(["On time", "Reminder", "Formal notice", "Contract escalation", "Sanctions recommended"], list.FindAll("#filter-level option").Select(o => o.TextContent));
    }
}
