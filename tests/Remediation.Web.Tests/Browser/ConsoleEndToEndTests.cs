using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using Remediation.Server.Tests;
using Xunit.Abstractions;

namespace Remediation.Web.Tests.Browser;

/// <summary>
/// The console in headless Chromium against the real standalone server (Azurite, durable engine): a caseworker
/// signs in, meets a field error, triages and later closes a case; a supplier acknowledges, sends findings from a CSV,
/// builds its plan and uploads a payroll CSV and sees the case move to Verification; a partner issues codes for the verification
/// sample, reads the sample and confirms receipts from an XLSX file. Every page is photographed and checked
/// with axe-core.
/// </summary>
public class ConsoleEndToEndTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Caseworker_supplier_and_partner_take_a_case_from_triage_to_closed_in_the_browser()
    {
        await using var server = await ServerProcess.StartAsync();
        using var api = await ApiDriver.ConnectAsync(server);
        await using var browser = await ConsoleBrowser.LaunchAsync(output);
        var site = new Uri(server.Address, "/");
        var caseId = await api.OpenAsync("CONSOLE-1", workers: 3);
        var serious = new List<string>();

        // The caseworker: dashboard, list, the case; a reject without a reason shows the error beside the reason.
        var caseworker = await browser.SignInAsync(site, api.Keys[2]);
        await caseworker.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" }).WaitForAsync();
        await caseworker.Locator("ul.figures a").First.WaitForAsync();
        await browser.ScreenshotAsync(caseworker, "1-caseworker-dashboard");
        serious.AddRange(await browser.AccessibilityProblemsAsync(caseworker, "dashboard"));
        await caseworker.GetByRole(AriaRole.Link, new() { Name = "Cases" }).ClickAsync();
        var listed = caseworker.Locator("table.cases tbody tr").Filter(new() { HasText = "CONSOLE-1" });
        await Assertions.Expect(listed).ToContainTextAsync("Triage");
        await Assertions.Expect(listed).ToContainTextAsync("Caseworker");
        await Assertions.Expect(listed).ToContainTextAsync("To be confirmed by findings");
        await browser.ScreenshotAsync(caseworker, "1-case-list");
        await caseworker.Locator($"a[href='cases/{caseId}']").ClickAsync();
        await caseworker.GetByRole(AriaRole.Heading, new() { Level = 1 }).Filter(new() { HasText = "CONSOLE-1" }).WaitForAsync();
        serious.AddRange(await browser.AccessibilityProblemsAsync(caseworker, "case page (caseworker)"));
        await caseworker.GetByLabel("Reject").CheckAsync();
        await caseworker.Locator("section[aria-labelledby=triage-title] button[type=submit]").ClickAsync();
        await Assertions.Expect(caseworker.Locator("#triage-reason-error")).ToContainTextAsync("needs a reason");
        await browser.ScreenshotAsync(caseworker, "2-field-error-beside-the-field");
        await caseworker.GetByLabel("Accept", new() { Exact = true }).CheckAsync();
        await caseworker.Locator("#triage-supplier").FillAsync("SUP-CALCOMP");
        await caseworker.Locator("section[aria-labelledby=triage-title] button[type=submit]").ClickAsync();
        await Assertions.Expect(caseworker.Locator("ol.stages li.current")).ToContainTextAsync("Supplier acknowledgement");
        // The ledger's first page is read as the page opens: its rows replace the placeholders.
        await Assertions.Expect(caseworker.GetByText("Loading…")).ToHaveCountAsync(0);
        await Assertions.Expect(caseworker.GetByText("MM-0001", new() { Exact = true })).ToBeVisibleAsync();
        await browser.ScreenshotAsync(caseworker, "3-case-page-after-triage");

        // The supplier acknowledges, sends its findings from a spreadsheet and, once accepted, builds its plan.
        var supplier = await browser.SignInAsync(site, api.Keys[1]);
        await supplier.GotoAsync(new Uri(site, $"cases/{caseId}").ToString());
        await supplier.Locator("section[aria-labelledby=acknowledge-title] button[type=submit]").ClickAsync();
        await Assertions.Expect(supplier.Locator("ol.stages li.current")).ToContainTextAsync("Investigation");
        await supplier.GetByLabel("Root cause (no names)").FillAsync("Agents charged fees the employer should have paid.");
        await supplier.Locator("#findings-file").SetInputFilesAsync(await FindingsCsvAsync(api, caseId));
        await Assertions.Expect(supplier.Locator("section[aria-labelledby=findings-title]")).ToContainTextAsync("3 workers in 3 rows");
        await supplier.Locator("section[aria-labelledby=findings-title] button[type=submit]").ClickAsync();
        await Assertions.Expect(supplier.Locator("section[aria-labelledby=findings-title] .outcome")).ToContainTextAsync("was applied");
        await api.AcceptFindingsAsync(caseId);
        await supplier.ReloadAsync();
        var confirmed = ApiDriver.Amount(await api.GetAsync(caseId), "confirmed").ToString(CultureInfo.InvariantCulture);
        await supplier.GetByLabel("Amount in THB of instalment 1").FillAsync(confirmed);
        await browser.ScreenshotAsync(supplier, "4-supplier-plan-builder");
        await supplier.Locator("section[aria-labelledby=plan-title] button[type=submit]").ClickAsync();
        await Assertions.Expect(supplier.Locator("section[aria-labelledby=plan-title] .outcome")).ToContainTextAsync("was applied");
        await api.CaseworkerApi.DecidePlanAsync(caseId, new Remediation.Contracts.Commands.PlanDecisionRequest { Approve = true });
        await api.WaitAsync(caseId, c => ApiDriver.Stage(c) == "Reimbursement");

        // The supplier uploads its payroll as CSV and sees the case move to Verification.
        await supplier.ReloadAsync();
        var payroll = await PayrollCsvAsync(api, caseId);
        await supplier.Locator("#payments-file").SetInputFilesAsync(payroll);
        await supplier.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Assertions.Expect(supplier.Locator("section[aria-labelledby=payments-title] .outcome")).ToContainTextAsync("was applied");
        await Assertions.Expect(supplier.Locator("ol.stages li.current")).ToContainTextAsync("Verification by workers");
        await browser.ScreenshotAsync(supplier, "5-supplier-upload-result");
        serious.AddRange(await browser.AccessibilityProblemsAsync(supplier, "case page (supplier)"));
        // The supplier must not learn who is sampled: the console shows it no codes, no sample and no receipt sources
        // (what the API's timeline tells it is the API's to decide).
        var confirmations = supplier.Locator(
            "section.sample, section[aria-labelledby=confirmations-title], section[aria-labelledby=codes-title], .receipt-source");
        await Assertions.Expect(confirmations).ToHaveCountAsync(0);
        await Assertions.Expect(supplier.GetByRole(AriaRole.Heading, new() { Name = "Verification sample" })).ToHaveCountAsync(0);
        await Assertions.Expect(supplier.GetByRole(AriaRole.Heading, new() { Name = "Worker confirmations" })).ToHaveCountAsync(0);

        // The partner issues codes for the verification sample (every worker of so small a case), shown this once, and
        // reads how the sample was drawn.
        var partner = await browser.SignInAsync(site, api.Keys[0]);
        serious.AddRange(await browser.AccessibilityProblemsAsync(partner, "case list (partner)"));
        await partner.GotoAsync(new Uri(site, $"cases/{caseId}").ToString());
        await Assertions.Expect(partner.Locator("section.sample table.strata tfoot")).ToContainTextAsync("3");
        await Assertions.Expect(partner.Locator("section.sample p.redraw")).ToContainTextAsync("Redraw from seed");
        await partner.GetByLabel("The verification sample").CheckAsync();
        await partner.GetByLabel("List of codes").CheckAsync();
        await partner.Locator("section[aria-labelledby=codes-title] button[type=submit]").ClickAsync();
        await Assertions.Expect(partner.Locator("table.codes tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(partner.Locator(".issued-codes .once")).ToContainTextAsync("will not be shown again");
        await browser.ScreenshotAsync(partner, "8-verification-sample");
        serious.AddRange(await browser.AccessibilityProblemsAsync(partner, "case page with worker confirmations (partner)"));

        // The partner confirms receipts from an XLSX workbook: the ledger says the partner recorded them.
        await partner.Locator("#receipts-file").SetInputFilesAsync(await ReceiptsXlsxAsync(api, caseId));
        await partner.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Assertions.Expect(partner.Locator("section[aria-labelledby=receipts-title] .outcome")).ToContainTextAsync("was applied");
        await Assertions.Expect(partner.Locator("tr.worker .receipt-source.by-partner")).ToHaveCountAsync(3);
        await browser.ScreenshotAsync(partner, "6-partner-receipts");
        serious.AddRange(await browser.AccessibilityProblemsAsync(partner, "case page (partner)"));

        // The caseworker closes the case.
        await caseworker.ReloadAsync();
        await caseworker.GetByLabel("Outcome").SelectOptionAsync("Remediated");
        await caseworker.Locator("section[aria-labelledby=close-title] button[type=submit]").ClickAsync();
        await Assertions.Expect(caseworker.Locator("ol.stages li.current")).ToContainTextAsync("Closed");
        await browser.ScreenshotAsync(caseworker, "7-closed");
        await Assertions.Expect(caseworker.GetByRole(AriaRole.Heading, new() { Name = "Actions" })).ToHaveCountAsync(0);
        await Assertions.Expect(caseworker.Locator("section[aria-labelledby=approved-plan-title] tbody tr.met")).ToHaveCountAsync(1);

        Assert.Equal("Closed", ApiDriver.Stage(await api.GetAsync(caseId)));
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
        Assert.True(
            browser.PolicyViolations.IsEmpty,
            "Content-Security-Policy violations: " + string.Join(Environment.NewLine, browser.PolicyViolations));
    }

    private static async Task<string> PayrollCsvAsync(ApiDriver api, string caseId)
    {
        var csv = new StringBuilder("ref,paymentId,amount,currency,paidOn,method\r\n");
        foreach (var line in await api.LinesAsync(caseId))
        {
            csv.Append(CultureInfo.InvariantCulture, $"{line.Ref},pay-{line.Ref},{line.Outstanding},THB,2026-01-15,bank_transfer\r\n");
        }

        var path = Path.Combine(Path.GetTempPath(), $"payroll-{caseId}.csv");
        await File.WriteAllTextAsync(path, csv.ToString());
        return path;
    }

    private static async Task<string> FindingsCsvAsync(ApiDriver api, string caseId)
    {
        var csv = new StringBuilder("ref,category,amount,currency\r\n");
        foreach (var line in await api.LinesAsync(caseId))
        {
            csv.Append(CultureInfo.InvariantCulture, $"{line.Ref},recruitment_fee,{line.Claimed},THB\r\n");
        }

        var path = Path.Combine(Path.GetTempPath(), $"findings-{caseId}.csv");
        await File.WriteAllTextAsync(path, csv.ToString());
        return path;
    }

    private static async Task<string> ReceiptsXlsxAsync(ApiDriver api, string caseId)
    {
        string[] header = ["ref", "receiptId", "received", "amount", "currency", "method", "retaliationReported", "confirmedOn"];
        var rows = (await api.LinesAsync(caseId)).Select(l => new[] { l.Ref, "rc-" + l.Ref, "yes", l.Paid.ToString(CultureInfo.InvariantCulture), "THB", "bank_transfer", "no", "2026-02-01" });
        var path = Path.Combine(Path.GetTempPath(), $"receipts-{caseId}.xlsx");
        await File.WriteAllBytesAsync(path, Remediation.Api.Tests.Builders.Workbook.Of([header, .. rows]));
        return path;
    }
}
