using System.Net;
using Bunit;
using Remediation.Web.Pages;
using Remediation.Web.Tests.Builders;

namespace Remediation.Web.Tests.Components.Procurement;

public class PublicReportsTests
{
    [Fact]
    public async Task A_caseworker_prepares_a_draft_previews_its_figures_and_releases_it()
    {
        var (context, api) = await ConsoleContext.SignedInAsync("caseworker", answers: a => a
            .AnswerInTurn(
                "GET",
                "public-reports",
                """{"items":[]}""",
                $$"""{"items":[{{BuyerSamples.Report("PR-1", "draft")}}]}""",
                $$"""{"items":[{{BuyerSamples.Report("PR-1", "released")}}]}""")
            .Answer("POST", "public-reports", BuyerSamples.Report("PR-1", "draft"), HttpStatusCode.Created)
            .Answer("POST", "public-reports/PR-1/release", BuyerSamples.Report("PR-1", "released")));
        using var _context = context;
        var page = context.Render<PublicReports>();
        page.WaitForAssertion(() => Assert.Contains("No reports prepared yet.", page.Markup, StringComparison.Ordinal));

        page.Find("#report-from").Change("2025-01-01");
        page.Find("#report-to").Change("2025-12-31");
        page.Find("#report-suppliers").Change("SUP-CALCOMP, SUP-NEWCO");
        page.Find("#report-factories").Change("my-penang-plant-2");
        await page.Find("#report-from").Closest("form")!.SubmitAsync();

        page.WaitForAssertion(() => Assert.Equal("draft", page.Find("table.public-reports td.status").TextContent));
        Assert.Equal(
            """{"from":"2025-01-01","to":"2025-12-31","suppliers":["SUP-CALCOMP","SUP-NEWCO"],"nameFactories":["my-penang-plant-2"]}""",
            api.Requests.Single(r => r.Method == HttpMethod.Post).Body);
        Assert.Equal(["Cases opened or closed", "14"], page.Find(".report-preview table.public-figures tbody tr").Children.Select(c => c.TextContent));
        Assert.Equal("withheld: fewer than 3 cases", page.Find(".report-preview tr.withheld td").TextContent);
        Assert.Contains("1 not named while a case is open", page.Find(".report-preview").TextContent, StringComparison.Ordinal);

        page.Find("table.public-reports button[aria-label^='Release']").Click();

        page.WaitForAssertion(() => Assert.Equal("released", page.Find("table.public-reports td.status").TextContent));
        Assert.Contains(api.Requests, r => r.Method == HttpMethod.Post && r.Path == "public-reports/PR-1/release");
        Assert.Equal("https://console.test/public/reports/PR-1", page.Find("table.public-reports a").GetAttribute("href"));
        Assert.Empty(page.FindAll("table.public-reports button[aria-label^='Release']"));
    }

    [Fact]
    public async Task A_refused_period_is_shown_beside_its_field()
    {
        var (context, _) = await ConsoleContext.SignedInAsync("caseworker", answers: a => a
            .Answer("GET", "public-reports", """{"items":[]}""")
            .Answer("POST", "public-reports", """
                {"type":"/api/v1/problems/validation","title":"Bad Request","status":400,"detail":"1 problem.","traceId":"t",
                 "errors":[{"path":"$.to","message":"At most 3 years after from."}]}
                """, HttpStatusCode.BadRequest));
        using var _context = context;
        var page = context.Render<PublicReports>();

        await page.Find("#report-from").Closest("form")!.SubmitAsync();

        page.WaitForAssertion(() => Assert.Equal("At most 3 years after from.", page.Find("#report-to-error").TextContent.Trim()));
    }

    [Fact]
    public async Task Only_caseworkers_see_the_page()
    {
        var (context, api) = await ConsoleContext.SignedInAsync("partner", "MWRN");
        using var _context = context;

        var page = context.Render<PublicReports>();

        Assert.Contains("Only a caseworker can see this page.", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(api.Requests, r => r.Path.StartsWith("public-reports", StringComparison.Ordinal));
    }
}
