using System.Net;
using Bunit;
using Remediation.Web.Pages;
using Remediation.Web.Tests.Builders;

namespace Remediation.Web.Tests.Components.Procurement;

public class SupplierPageTests
{
    private static Task<(BunitContext Context, FakeApi Api)> SignedInAsync(string role, string? partyId = null) =>
        ConsoleContext.SignedInAsync(role, partyId, a => a
            .Answer("GET", "suppliers/method", BuyerSamples.Method)
            .Answer("GET", "suppliers/SUP-CALCOMP", BuyerSamples.Supplier)
            .Answer("GET", "suppliers/SUP-CALCOMP/evidence-pack", "%PDF-1.7")
            .Answer("GET", "suppliers/SUP-CALCOMP/record", "indicator,value"));

    private static IRenderedComponent<SupplierPage> Open(BunitContext context) =>
        context.Render<SupplierPage>(p => p.Add(s => s.SupplierId, "SUP-CALCOMP"));

    [Fact]
    public async Task The_record_indicators_factories_contracts_and_cases_are_shown()
    {
        var (context, _) = await SignedInAsync("caseworker");
        using var _context = context;

        var page = Open(context);

        page.WaitForAssertion(() => Assert.Contains("Calcomp Electronics", page.Find("h1").TextContent, StringComparison.Ordinal));
        Assert.Equal("4 (3 open)", page.Find("dd.cases-count").TextContent);
        Assert.Equal("110 owed, 60 paid, 40 verified of 120", page.Find("dd.workers-count").TextContent);
        Assert.Equal("12.5 now, 30 in total", page.Find("dd.days-late").TextContent);
        Assert.Contains("75 % (30 of 40)", page.Find(".record-facts").TextContent, StringComparison.Ordinal);
        Assert.Equal(["MYR", "250,000.00", "200,000.00", "90,000.00", "50,000.00", "110,000.00"],
            page.Find("table.totals tbody tr").Children.Select(c => c.TextContent));
        Assert.Equal(["3", "1", "0", "0"], page.FindAll("table.by-level tbody td").Select(c => c.TextContent));
        Assert.Equal(
            ["Days late now", "12.5", "Deadlines: Days past every open supplier deadline, summed."],
            page.FindAll("table.indicators tbody tr")[1].Children.Select(c => c.TextContent));
        Assert.Equal(
            ["Penang Plant 2", "MY", "electronics", "62 %", "3", "2", "Yes", "my-penang-plant-2"],
            page.Find("table.factories tbody tr").Children.Select(c => c.TextContent));
        Assert.Equal(
            ["NHS-2026-0042", "NHS Supply Chain", "Laptops", "10m-100m GBP", "1 Jan 2026 – open-ended"],
            page.Find("table.contracts tbody tr").Children.Select(c => c.TextContent.Trim()));
        Assert.Contains("CCS-RM6098", page.Find(".unregistered").TextContent, StringComparison.Ordinal);
        Assert.Equal("cases/C-0001", page.Find("table.supplier-cases a").GetAttribute("href"));
    }

    [Fact]
    public async Task A_caseworker_downloads_the_evidence_pack_and_the_record_with_the_signed_in_key()
    {
        var (context, api) = await SignedInAsync("caseworker");
        using var _context = context;
        var download = context.JSInterop.SetupVoid("remediationDownload", _ => true);
        var page = Open(context);
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll(".downloads button").Count));

        page.FindAll(".downloads button").Single(b => b.TextContent.Trim() == "Evidence pack (PDF)").Click();
        page.WaitForAssertion(() => Assert.Single(download.Invocations));
        page.FindAll(".downloads button").Single(b => b.TextContent.Trim() == "Record (XLSX)").Click();
        page.WaitForAssertion(() => Assert.Equal(2, download.Invocations.Count));

        var saved = download.Invocations.ToList();
        Assert.Equal(["evidence-pack-SUP-CALCOMP.pdf", "application/pdf"], saved[0].Arguments.Take(2));
        Assert.Equal("record-SUP-CALCOMP.xlsx", saved[1].Arguments[0]);
        Assert.Equal("application/pdf", api.Requests.Single(r => r.Path.EndsWith("/evidence-pack", StringComparison.Ordinal)).Accept);
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            api.Requests.Single(r => r.Path.EndsWith("/record", StringComparison.Ordinal)).Accept);
    }

    [Fact]
    public async Task A_supplier_exports_its_record_but_gets_no_evidence_pack_and_no_contract_form()
    {
        var (context, api) = await SignedInAsync("supplier", "SUP-CALCOMP");
        using var _context = context;
        context.JSInterop.SetupVoid("remediationDownload", _ => true);
        var page = Open(context);
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".downloads button").Count));

        Assert.Equal(["Record (CSV)", "Record (XLSX)"], page.FindAll(".downloads button").Select(b => b.TextContent.Trim()));
        Assert.Empty(page.FindAll("#contract-id"));
        page.FindAll(".downloads button")[0].Click();
        page.WaitForAssertion(() => Assert.Equal("text/csv", api.Requests.Single(r => r.Path.EndsWith("/record", StringComparison.Ordinal)).Accept));
    }

    [Fact]
    public async Task An_unknown_supplier_says_so()
    {
        var (context, _) = await ConsoleContext.SignedInAsync("caseworker");
        using var _context = context;

        var page = context.Render<SupplierPage>(p => p.Add(s => s.SupplierId, "SUP-NONE"));

        page.WaitForAssertion(() => Assert.Equal("No such supplier", page.Find("p[role=status]").TextContent));
    }

    [Fact]
    public async Task The_contract_form_posts_the_contract_and_reads_the_supplier_again()
    {
        var (context, api) = await SignedInAsync("caseworker");
        using var _context = context;
        api.Answer("POST", "contracts", """
            {"id":"CCS-RM6098","buyer":"Crown Commercial Service","supplierId":"SUP-CALCOMP","valueBand":"1m-10m","valueCurrency":"GBP",
             "startsOn":"2026-04-01","registeredAt":"2026-12-01T09:00:00+00:00"}
            """, HttpStatusCode.Created);
        var page = Open(context);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#contract-id")));

        page.Find("#contract-id").Change("CCS-RM6098");
        page.Find("#contract-buyer").Change("Crown Commercial Service");
        page.Find("#contract-band").Change("From1MillionTo10Million");
        page.Find("#contract-currency").Change("gbp");
        page.Find("#contract-starts").Change("2026-04-01");
        await page.Find("#contract-id").Closest("form")!.SubmitAsync();

        page.WaitForAssertion(() => Assert.Contains(
            "Done: contract CCS-RM6098 with Crown Commercial Service registered.", page.Find(".request-form .outcome").TextContent, StringComparison.Ordinal));
        var sent = Assert.Single(api.Requests, r => r.Method == HttpMethod.Post);
        Assert.Equal(
            """{"id":"CCS-RM6098","buyer":"Crown Commercial Service","supplierId":"SUP-CALCOMP","valueBand":"1m-10m","valueCurrency":"GBP","startsOn":"2026-04-01"}""",
            sent.Body);
        Assert.Equal(2, api.Requests.Count(r => r.Method == HttpMethod.Get && r.Path == "suppliers/SUP-CALCOMP"));
        Assert.Equal("", page.Find("#contract-id").GetAttribute("value"));
    }

    [Fact]
    public async Task A_refused_contract_shows_each_error_beside_its_field()
    {
        var (context, api) = await SignedInAsync("admin");
        using var _context = context;
        api.Answer("POST", "contracts", """
            {"type":"/api/v1/problems/validation","title":"Bad Request","status":400,"detail":"2 problems.","traceId":"t",
             "errors":[{"path":"$.valueCurrency","message":"Use a 3-letter ISO 4217 code."},{"path":"$.endsOn","message":"Not before startsOn."}]}
            """, HttpStatusCode.BadRequest);
        var page = Open(context);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#contract-id")));

        page.Find("#contract-currency").Change("POUNDS");
        await page.Find("#contract-id").Closest("form")!.SubmitAsync();

        page.WaitForAssertion(() => Assert.Equal("Use a 3-letter ISO 4217 code.", page.Find("#contract-currency-error").TextContent.Trim()));
        Assert.Equal("Not before startsOn.", page.Find("#contract-ends-error").TextContent.Trim());
        Assert.Contains("Refused: 2 problems.", page.Find(".request-form .outcome").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll(".downloads"));
    }
}
