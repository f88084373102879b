using System.Net;
using Microsoft.Playwright;
using Remediation.Client;
using Remediation.Contracts.Admin;
using Remediation.Contracts.Cases;
using Remediation.Contracts.Commands;
using Remediation.Contracts.Procurement;
using Remediation.Contracts.PublicReports;
using Remediation.Server.Tests;
using Xunit.Abstractions;

namespace Remediation.Web.Tests.Browser;

/// <summary>
/// The public buyer's pages in headless Chromium against the real server: the suppliers' risk view, a supplier's page
/// and a released public report, read without signing in. The data is made over the API once for the class (see
/// <see cref="SupplierPagesData"/>). Each page is photographed and checked with axe-core.
/// </summary>
public class SupplierPagesBrowserTests(SupplierPagesData data, ITestOutputHelper output) : IClassFixture<SupplierPagesData>
{
    [Fact]
    public async Task The_risk_view_lists_the_supplier_with_its_cases_and_open_cases_and_sorts_by_a_column_heading()
    {
        await using var browser = await ConsoleBrowser.LaunchAsync(output);
        var page = await browser.SignInAsync(data.Site, data.Api.Keys[2]);
        await page.GotoAsync(new Uri(data.Site, "suppliers").ToString());
        await page.GetByRole(AriaRole.Heading, new() { Name = "Suppliers by risk indicator" }).WaitForAsync();

        var row = page.Locator("table.suppliers tbody tr").Filter(new() { HasText = SupplierPagesData.SupplierName });
        await Assertions.Expect(row).ToContainTextAsync(SupplierPagesData.SupplierId);
        // Five cases were reported against it; the one rejected at triage does not count.
        await Assertions.Expect(await CellAsync(page, row, "cases")).ToHaveTextAsync("4");
        await Assertions.Expect(await CellAsync(page, row, "openCases")).ToHaveTextAsync("4");
        await Assertions.Expect(await CellAsync(page, row, "linkedBuyers")).ToHaveTextAsync("2");
        await Assertions.Expect(await CellAsync(page, row, "countries")).ToHaveTextAsync("TH");

        // A first click on a heading sorts up by it, a second down: the supplier with the most cases comes first.
        var casesHeading = page.Locator("table.suppliers thead th").Filter(new() { Has = page.Locator("button[data-indicator=cases]") });
        await casesHeading.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(casesHeading).ToHaveAttributeAsync("aria-sort", "ascending");
        await Assertions.Expect(page.Locator("table.suppliers tbody tr").Last).ToContainTextAsync(SupplierPagesData.SupplierName);
        await casesHeading.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(casesHeading).ToHaveAttributeAsync("aria-sort", "descending");
        await Assertions.Expect(casesHeading).ToHaveTextAsync("Cases ▼");
        await Assertions.Expect(page.Locator("table.suppliers tbody tr").First).ToContainTextAsync(SupplierPagesData.SupplierName);
        await browser.ScreenshotAsync(page, "suppliers-1-risk-view");

        var serious = await browser.AccessibilityProblemsAsync(page, "risk view");
        AssertClean(browser, serious);
    }

    [Fact]
    public async Task The_supplier_page_shows_its_record_factories_contracts_and_buyers_without_the_rejected_case()
    {
        await using var browser = await ConsoleBrowser.LaunchAsync(output);
        var page = await browser.SignInAsync(data.Site, data.Api.Keys[2]);
        await page.GotoAsync(new Uri(data.Site, $"suppliers/{SupplierPagesData.SupplierId}").ToString());

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(SupplierPagesData.SupplierName);
        await Assertions.Expect(page.Locator("dd.cases-count")).ToHaveTextAsync("4 (4 open)");
        await Assertions.Expect(page.Locator("table.supplier-cases tbody tr")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("p.buyers")).ToContainTextAsync(SupplierPagesData.FirstBuyer);
        await Assertions.Expect(page.Locator("p.buyers")).ToContainTextAsync(SupplierPagesData.SecondBuyer);
        var contracts = page.Locator("table.contracts tbody");
        await Assertions.Expect(contracts).ToContainTextAsync(SupplierPagesData.FirstContract);
        await Assertions.Expect(contracts).ToContainTextAsync(SupplierPagesData.SecondContract);
        var factories = page.Locator("table.factories tbody");
        await Assertions.Expect(factories.Locator("tr")).ToHaveCountAsync(2);
        await Assertions.Expect(factories).ToContainTextAsync(SupplierPagesData.MainFactory);
        await Assertions.Expect(factories).ToContainTextAsync(SupplierPagesData.OtherFactory);
        // The factory only the rejected grievance named is no part of the supplier's record.
        await Assertions.Expect(page.GetByText(SupplierPagesData.RejectedFactory)).ToHaveCountAsync(0);
        await browser.ScreenshotAsync(page, "suppliers-2-supplier-page");

        var serious = await browser.AccessibilityProblemsAsync(page, "supplier page");
        AssertClean(browser, serious);
    }

    [Fact]
    public async Task A_public_report_is_404_until_released_then_readable_without_signing_in_with_small_numbers_withheld()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var report = await data.Api.CaseworkerApi.PreparePublicReportAsync(
            new PreparePublicReportRequest { From = today.AddMonths(-1), To = today, Suppliers = [SupplierPagesData.SupplierId] });
        Assert.Equal(PublicReportStatus.Draft, report.Status);
        using (var anonymous = new HttpClient())
        {
            using var embargoed = await anonymous.GetAsync(new Uri(report.PublicUrl));
            Assert.Equal(HttpStatusCode.NotFound, embargoed.StatusCode);
        }

        await data.Api.CaseworkerApi.ReleasePublicReportAsync(report.Id);

        await using var browser = await ConsoleBrowser.LaunchAsync(output);
        var serious = new List<string>();
        var reader = await browser.NewPageAsync();
        var answer = await reader.GotoAsync(report.PublicUrl);
        Assert.Equal(200, answer!.Status);
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Recruitment fee remediation");
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Name = SupplierPagesData.SupplierName })).ToBeVisibleAsync();
        // 4 cases on 13 workers may be published; the cases closed (none) may not.
        var supplierFigures = reader.Locator("table").Filter(new() { Has = reader.Locator("caption", new() { HasText = SupplierPagesData.SupplierName }) });
        await Assertions.Expect(supplierFigures.Locator("tr").Filter(new() { HasText = "Cases closed in the period" }).Locator("td"))
            .ToContainTextAsync("Withheld");
        await Assertions.Expect(supplierFigures.Locator("tr").Filter(new() { HasText = "Cases" }).First.Locator("td")).ToHaveTextAsync("4");
        await browser.ScreenshotAsync(reader, "public-report-1");
        serious.AddRange(await browser.AccessibilityProblemsAsync(reader, "public report"));

        // The caseworker's list of reports shows it released, with its public link, and previews its figures.
        var caseworker = await browser.SignInAsync(data.Site, data.Api.Keys[2]);
        await caseworker.GotoAsync(new Uri(data.Site, "reports/public").ToString());
        var listed = caseworker.Locator($"table.public-reports tr[data-report='{report.Id}']");
        await Assertions.Expect(listed.Locator("td.status")).ToHaveTextAsync("released");
        await Assertions.Expect(listed.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", report.PublicUrl);
        await listed.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator("section.report-preview tr.withheld").First).ToContainTextAsync("withheld");
        await browser.ScreenshotAsync(caseworker, "public-report-2-console");
        serious.AddRange(await browser.AccessibilityProblemsAsync(caseworker, "public reports (console)"));

        AssertClean(browser, serious);
    }

    /// <summary>The risk view's cell of <paramref name="indicator"/> in <paramref name="row"/>: columns follow the method's order.</summary>
    private static async Task<ILocator> CellAsync(IPage page, ILocator row, string indicator)
    {
        var column = await page.Locator("table.suppliers thead th").EvaluateAllAsync<int>(
            "(headings, name) => headings.findIndex(th => th.querySelector(`[data-indicator='${name}']`) !== null)", indicator);
        Assert.True(column > 0, $"The risk view has no column for {indicator}.");
        return row.Locator("th, td").Nth(column);
    }

    private static void AssertClean(ConsoleBrowser browser, IReadOnlyCollection<string> serious)
    {
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
        Assert.True(browser.PolicyViolations.IsEmpty, string.Join(Environment.NewLine, browser.PolicyViolations));
        Assert.True(browser.Errors.IsEmpty, string.Join(Environment.NewLine, browser.Errors));
    }
}

/// <summary>
/// One server for the class, and over its API: a supplier with two contracts with different public buyers, five
/// grievances against it from the partner (four accepted at triage with the supplier and a contract linked, two of them
/// acknowledged by the supplier; one rejected, which must not count), and a second supplier without cases.
/// </summary>
public sealed class SupplierPagesData : IAsyncLifetime
{
    public const string SupplierId = "SUP-SIAMWIRE";
    public const string SupplierName = "Siam Wire Harness Co., Ltd.";
    public const string FirstBuyer = "NHS Supply Chain";
    public const string SecondBuyer = "Transport for London";
    public const string FirstContract = "NHSSC-2025-0142";
    public const string SecondContract = "TFL-ICT-0931";
    public const string MainFactory = "Siam Wire Harness Factory 2";
    public const string OtherFactory = "Eastern Cable Assembly";
    public const string RejectedFactory = "Rayong Connector Plant";

    private ServerProcess? server;
    private ApiDriver? api;

    internal ServerProcess Server => server!;

    internal ApiDriver Api => api!;

    internal Uri Site => new(Server.Address, "/");

    public async Task InitializeAsync()
    {
        server = await ServerProcess.StartAsync();
        api = await ApiDriver.ConnectAsync(server);
        using var adminHttp = server.Client(ServerProcess.AdminKey);
        var admin = new RemediationClient(adminHttp);
        await admin.RegisterPartyAsync(new RegisterPartyRequest { Kind = PartyKind.Supplier, Id = SupplierId, Name = SupplierName });
        await admin.RegisterPartyAsync(new RegisterPartyRequest { Kind = PartyKind.Supplier, Id = "SUP-QUIETCO", Name = "Quiet Components Ltd" });
        var supplierKey = (await admin.IssueApiKeyAsync(new IssueApiKeyRequest { Role = ApiRole.Supplier, PartyId = SupplierId })).Key;
        using var supplierHttp = server.Client(supplierKey);
        var supplier = new RemediationClient(supplierHttp);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var (id, buyer, title, band) in new[]
        {
            (FirstContract, FirstBuyer, "Cable assemblies for diagnostic equipment", ContractValueBand.From1MillionTo10Million),
            (SecondContract, SecondBuyer, "Wiring harnesses for signalling", ContractValueBand.From100ThousandTo1Million),
        })
        {
            await Api.CaseworkerApi.RegisterContractAsync(new RegisterContractRequest
            {
                Id = id, Buyer = buyer, Title = title, SupplierId = SupplierId, ValueBand = band, ValueCurrency = "GBP",
                StartsOn = today.AddYears(-1), EndsOn = today.AddYears(2),
            });
        }

        // Four grievances accepted (three about one factory, one about another), one rejected (about a third).
        var accepted = await Task.WhenAll(
            OpenAsync("SIAMWIRE-1", MainFactory, "Ayutthaya", workers: 4),
            OpenAsync("SIAMWIRE-2", MainFactory, "Ayutthaya", workers: 3),
            OpenAsync("SIAMWIRE-3", MainFactory, "Ayutthaya", workers: 3),
            OpenAsync("SIAMWIRE-4", OtherFactory, "Chonburi", workers: 3));
        var rejected = await OpenAsync("SIAMWIRE-5", RejectedFactory, "Rayong", workers: 3);
        await Task.WhenAll(accepted.Select(async (caseId, i) =>
        {
            var contract = i == 3 ? SecondContract : FirstContract;
            await Api.CaseworkerApi.TriageAsync(caseId, new TriageRequest { Accept = true, SupplierId = SupplierId, Contracts = [contract] });
            await Api.WaitAsync(caseId, c => ApiDriver.Stage(c) == "SupplierAcknowledgement");
        }));
        await Api.CaseworkerApi.TriageAsync(rejected, new TriageRequest { Accept = false, Reason = "The workers were hired by another supplier." });
        await Api.WaitAsync(rejected, c => ApiDriver.Stage(c) == "Closed");
        await Task.WhenAll(accepted.Take(2).Select(async caseId =>
        {
            await supplier.AcknowledgeAsync(caseId);
            await Api.WaitAsync(caseId, c => ApiDriver.Stage(c) == "Investigation");
        }));

        // The supplier's record is read from the report facts: wait until it has all four (and only four).
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var view = await Api.CaseworkerApi.GetSupplierAsync(SupplierId);
            if (view.Record.Cases == 4 && view.Cases.Count(c => c.Stage == Stage.Investigation) == 2 && view.Buyers.Count == 2)
            {
                break;
            }

            Assert.True(DateTime.UtcNow < until, $"The supplier's record did not show the four cases: {view.Record.Cases} cases, {view.Buyers.Count} buyers");
            await Task.Delay(200);
        }
    }

    public async Task DisposeAsync()
    {
        api?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    private async Task<string> OpenAsync(string reference, string factory, string site, int workers) =>
        (await Api.PartnerApi.CreateCaseAsync(new CreateCaseRequest
        {
            PartnerReference = reference,
            Factory = new FactoryRequest { Name = factory, Country = "TH", Site = site },
            SupplierId = SupplierId,
            Summary = "Myanmar workers paid recruitment fees of about 18,000 THB to agents in Yangon.",
            Priority = Priority.Standard,
            Workers = [.. Enumerable.Range(1, workers).Select(i => new WorkerRequest
            {
                Ref = $"MM-{i:D4}",
                Nationality = "MM",
                HiredOn = new DateOnly(2024, 6, 1),
                EmploymentStatus = EmploymentStatus.Current,
                Fees = [new FeeRequest { Category = FeeCategory.RecruitmentFee, Amount = 18000m + i, Currency = "THB", PaidTo = "agent", PaidOn = new DateOnly(2024, 4, 1) }],
            })],
        })).CaseId;
}
