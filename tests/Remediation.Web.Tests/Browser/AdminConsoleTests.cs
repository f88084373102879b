using Microsoft.Playwright;
using Remediation.Server.Tests;
using Xunit.Abstractions;

namespace Remediation.Web.Tests.Browser;

/// <summary>
/// The admin's pages in headless Chromium against the real server, the admin signed in at the local provider: register a
/// party, invite a person, issue and revoke a key, subscribe the caseworkers' webhook and read the audit log that
/// recorded all of it. Each page is photographed and checked with axe-core.
/// </summary>
public class AdminConsoleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task An_admin_manages_parties_people_keys_and_webhooks_and_reads_the_audit_log()
    {
        await using var server = await ServerProcess.StartAsync(environmentName: "Development");
        var demo = await DemoSignIns.ReadAsync(server);
        using var api = await ApiDriver.ConnectAsync(server);
        await using var browser = await ConsoleBrowser.LaunchAsync(output);
        var (user, password) = demo["admin"];
        var admin = await browser.SignInAsPersonAsync(new Uri(server.Address, "/"), demo.Issuer, user, password);
        await Assertions.Expect(admin.Locator("header .who")).ToHaveTextAsync("Signed in as Ada Admin (admin)");
        var serious = new List<string>();

        await admin.GetByRole(AriaRole.Link, new() { Name = "Parties" }).ClickAsync();
        await admin.GetByLabel("Kind").SelectOptionAsync("Supplier");
        await admin.GetByLabel("Id (capitals, digits and dashes)").FillAsync("SUP-NEWCO");
        await admin.GetByLabel("Name").FillAsync("Newco Components Ltd");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Assertions.Expect(admin.Locator("table.parties tbody tr").Filter(new() { HasText = "SUP-NEWCO" })).ToContainTextAsync("supplier");
        await browser.ScreenshotAsync(admin, "admin-1-parties");
        serious.AddRange(await browser.AccessibilityProblemsAsync(admin, "parties"));

        await admin.GetByRole(AriaRole.Link, new() { Name = "People" }).ClickAsync();
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync("Ivy Inspector");
        await admin.GetByLabel("E-mail address", new() { Exact = true }).FillAsync("ivy@example.org");
        await admin.Locator("#person-role").SelectOptionAsync("Partner");
        await admin.Locator("#person-party").FillAsync("MWRN");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        var invited = admin.Locator("tr.member").Filter(new() { HasText = "Ivy Inspector" });
        await Assertions.Expect(invited.Locator("td.status")).ToHaveTextAsync("invited");
        await Assertions.Expect(invited).ToContainTextAsync("partner MWRN");
        await browser.ScreenshotAsync(admin, "admin-2-people");
        serious.AddRange(await browser.AccessibilityProblemsAsync(admin, "people"));

        await admin.GetByRole(AriaRole.Link, new() { Name = "API keys" }).ClickAsync();
        await admin.Locator("#key-role").SelectOptionAsync("Supplier");
        await admin.Locator("#key-party").FillAsync("SUP-CALCOMP");
        await admin.GetByLabel("Label (what the key is for)").FillAsync("Nightly payroll upload");
        var expires = DateTime.UtcNow.AddDays(90).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await admin.GetByLabel("Expires on (optional)").FillAsync(expires);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Issue" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#issued-key")).ToContainTextAsync("rk_");
        await Assertions.Expect(admin.Locator(".shown-once .once")).ToContainTextAsync("will not be shown again");
        var issued = admin.Locator("table.api-keys tbody tr").Filter(new() { HasText = "Nightly payroll upload" });
        await Assertions.Expect(issued).ToContainTextAsync("active");
        await browser.ScreenshotAsync(admin, "admin-3-api-keys");
        serious.AddRange(await browser.AccessibilityProblemsAsync(admin, "api keys"));
        await issued.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Assertions.Expect(issued).ToContainTextAsync("revoked");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Webhooks" }).ClickAsync();
        await admin.GetByLabel("Endpoint URL (https)").FillAsync("http://127.0.0.1:9/caseworkers");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Subscribe an endpoint" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#subscription-secret")).ToContainTextAsync("whsec_");
        var hook = admin.Locator("table.subscriptions tbody tr").Filter(new() { HasText = "127.0.0.1:9/caseworkers" });
        await Assertions.Expect(hook).ToContainTextAsync("enabled");
        await browser.ScreenshotAsync(admin, "admin-4-subscriptions");
        serious.AddRange(await browser.AccessibilityProblemsAsync(admin, "subscriptions"));
        await hook.GetByRole(AriaRole.Button, new() { Name = "Disable" }).ClickAsync();
        await Assertions.Expect(hook).ToContainTextAsync("disabled");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
        var audit = admin.Locator("table.audit tbody");
        await Assertions.Expect(audit).ToContainTextAsync("party.registered");
        await Assertions.Expect(audit).ToContainTextAsync("member.invited");
        await Assertions.Expect(audit).ToContainTextAsync("key.revoked");
        await Assertions.Expect(audit).ToContainTextAsync("signed_in");
        await Assertions.Expect(audit.Locator("tr").Filter(new() { HasText = "SUP-NEWCO" }).First).ToContainTextAsync("Ada Admin");
        await browser.ScreenshotAsync(admin, "admin-5-audit");
        serious.AddRange(await browser.AccessibilityProblemsAsync(admin, "audit log"));

        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
        Assert.True(browser.PolicyViolations.IsEmpty, string.Join(Environment.NewLine, browser.PolicyViolations));
        Assert.True(browser.Errors.IsEmpty, string.Join(Environment.NewLine, browser.Errors));
        await Assertions.Expect(admin.Locator("#blazor-error-ui")).ToBeHiddenAsync();
    }
}
