using Bunit;
using Remediation.Web.Components;
using Remediation.Web.Tests.Builders;

namespace Remediation.Web.Tests.Components;

public class CaseListTests
{
    private const string Page = """
        {"items":[
          {"caseId":"C-1","partnerId":"PART-1","supplierId":"SUP-1","stage":"Reimbursement","priority":"standard","deadline":"2026-12-20T00:00:00+00:00","escalationLevel":0,"openedAt":"2026-11-01T00:00:00+00:00","updatedAt":"2026-11-30T00:00:00+00:00"},
          {"caseId":"C-2","partnerId":"PART-1","supplierId":"SUP-1","stage":"Investigation","priority":"priority","deadline":"2026-12-05T00:00:00+00:00","escalationLevel":2,"openedAt":"2026-11-02T00:00:00+00:00","updatedAt":"2026-11-30T00:00:00+00:00"}]}
        """;

    [Fact]
    public async Task A_supplier_sees_what_is_owed_on_each_case_and_can_sort_by_the_next_deadline()
    {
        var (context, _) = await ConsoleContext.SignedInAsync("supplier", "SUP-1", a => a
            .Answer("GET", "cases", Page)
            .Answer("GET", "cases/C-1", Cases.View(stage: "Reimbursement").Replace("\"outstanding\":\"0.00\"", "\"outstanding\":\"30000.75\"", StringComparison.Ordinal))
            .Answer("GET", "cases/C-2", Cases.View(stage: "Investigation").Replace("\"caseId\":\"C-1\"", "\"caseId\":\"C-2\"", StringComparison.Ordinal)));
        using var _context = context;

        var list = context.Render<CaseList>();

        list.WaitForAssertion(() => Assert.Contains("30000.75 THB", list.Markup, StringComparison.Ordinal));
        Assert.Equal(["C-1", "C-2"], list.FindAll("table.cases tbody tr td:first-child").Select(c => c.TextContent));
        list.Find("th[aria-sort] button").Click();
        Assert.Equal(["C-2", "C-1"], list.FindAll("table.cases tbody tr td:first-child").Select(c => c.TextContent));
        Assert.Equal("ascending", list.Find("th[aria-sort]").GetAttribute("aria-sort"));
    }
}
