using Microsoft.Playwright;
using Remediation.Server.Tests;
using Xunit.Abstractions;

namespace Remediation.Web.Tests.Browser;

/// <summary>
/// People sign in to the console in headless Chromium through the identity provider's login page (the standalone
/// server's own provider in Development, its demo people as it printed them): each sees what their role and party
/// allow, the timeline names the person who acted, and signing out ends the session at the provider too.
/// </summary>
public class PersonSignInTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_caseworker_a_partner_and_a_supplier_sign_in_at_the_provider_see_what_they_may_and_sign_out()
    {
        await using var server = await ServerProcess.StartAsync(environmentName: "Development");
        var demo = await DemoSignIns.ReadAsync(server);
        using var api = await ApiDriver.ConnectAsync(server);
        await using var browser = await ConsoleBrowser.LaunchAsync(output);
        var site = new Uri(server.Address, "/");
        // A case of another partner (MWRN) against another supplier (SUP-CALCOMP): not the demo partner's or supplier's.
        var caseId = await api.OpenAsync("PERSON-1", workers: 2);
        var serious = new List<string>();

        // The caseworker: the login page, then the header with the name and role; every case; no admin pages.
        var (user, password) = demo["caseworker"];
        var caseworker = await browser.SignInAsPersonAsync(site, demo.Issuer, user, password, "sign-in-1-login-page");
        await Assertions.Expect(caseworker.Locator("header .who")).ToHaveTextAsync("Signed in as Casey Caseworker (caseworker)");
        await caseworker.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" }).WaitForAsync();
        await browser.ScreenshotAsync(caseworker, "sign-in-2-header");
        serious.AddRange(await browser.AccessibilityProblemsAsync(caseworker, "dashboard (person)"));
        await Assertions.Expect(caseworker.GetByRole(AriaRole.Link, new() { Name = "Parties" })).ToHaveCountAsync(0);

        // The caseworker triages; the timeline names her.
        await caseworker.GotoAsync(new Uri(site, $"cases/{caseId}").ToString());
        await caseworker.GetByLabel("Accept", new() { Exact = true }).CheckAsync();
        await caseworker.Locator("#triage-supplier").FillAsync("SUP-CALCOMP");
        await caseworker.Locator("section[aria-labelledby=triage-title] button[type=submit]").ClickAsync();
        await Assertions.Expect(caseworker.Locator("ol.stages li.current")).ToContainTextAsync("Supplier acknowledgement");
        await Assertions.Expect(caseworker.Locator("ol.timeline .acted-by").Filter(new() { HasText = "by Casey Caseworker" }).First)
            .ToBeVisibleAsync();
        await caseworker.Locator("section[aria-labelledby=timeline-title]").ScrollIntoViewIfNeededAsync();
        await browser.ScreenshotAsync(caseworker, "sign-in-3-timeline-person");

        // Signing out ends the session at the provider too: the console shows its sign-in screen, and signing in again
        // asks for the password again.
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await caseworker.GetByRole(AriaRole.Heading, new() { Name = "Signed out" }).WaitForAsync();
        await caseworker.GotoAsync(site.ToString());
        await Assertions.Expect(caseworker.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(caseworker.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await caseworker.WaitForURLAsync(url => url.StartsWith(demo.Issuer.ToString(), StringComparison.Ordinal));
        await Assertions.Expect(caseworker.GetByLabel("Password")).ToBeVisibleAsync();

        // The demo partner's person: a partner of MWRN-DEMO, who does not see MWRN's case, nor any admin page.
        (user, password) = demo["partner"];
        var partner = await browser.SignInAsPersonAsync(site, demo.Issuer, user, password);
        await Assertions.Expect(partner.Locator("header .who")).ToHaveTextAsync("Signed in as Pat Partner (partner MWRN-DEMO)");
        await Assertions.Expect(partner.GetByRole(AriaRole.Link, new() { Name = "New grievance" })).ToBeVisibleAsync();
        await partner.GetByRole(AriaRole.Link, new() { Name = "Cases" }).ClickAsync();
        await partner.GetByRole(AriaRole.Heading, new() { Name = "Cases" }).WaitForAsync();
        await Assertions.Expect(partner.GetByText("PERSON-1")).ToHaveCountAsync(0);
        await partner.GotoAsync(new Uri(site, $"cases/{caseId}").ToString());
        await Assertions.Expect(partner.GetByRole(AriaRole.Status)).ToHaveTextAsync("There is nothing here, or you may not see it.");
        await Assertions.Expect(partner.GetByRole(AriaRole.Link, new() { Name = "People" })).ToHaveCountAsync(0);
        await partner.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await partner.GetByRole(AriaRole.Heading, new() { Name = "Signed out" }).WaitForAsync();

        // The demo supplier's person: SUP-DEMO, not the supplier of MWRN's case; no admin pages, no new grievances.
        (user, password) = demo["supplier"];
        var supplier = await browser.SignInAsPersonAsync(site, demo.Issuer, user, password);
        await Assertions.Expect(supplier.Locator("header .who")).ToHaveTextAsync("Signed in as Sam Supplier (supplier SUP-DEMO)");
        await supplier.GetByRole(AriaRole.Link, new() { Name = "Cases" }).ClickAsync();
        await supplier.GetByRole(AriaRole.Heading, new() { Name = "Cases" }).WaitForAsync();
        await Assertions.Expect(supplier.GetByText("PERSON-1")).ToHaveCountAsync(0);
        await Assertions.Expect(supplier.GetByRole(AriaRole.Link, new() { Name = "Audit log" })).ToHaveCountAsync(0);
        await Assertions.Expect(supplier.GetByRole(AriaRole.Link, new() { Name = "New grievance" })).ToHaveCountAsync(0);
        await supplier.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await supplier.GetByRole(AriaRole.Heading, new() { Name = "Signed out" }).WaitForAsync();

        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
        Assert.True(browser.PolicyViolations.IsEmpty, string.Join(Environment.NewLine, browser.PolicyViolations));
        // The one refusal expected: the partner asking for another partner's case (404, as if it did not exist).
        var errors = browser.Errors.Where(e => !e.Contains("status of 404", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        // The console asks the API who signed in (GET /me), never the provider's userinfo (js/auth-settings.js): with Entra
        // ID that is Microsoft Graph's, which refuses a token for this API.
        Assert.DoesNotContain(browser.Requests, url => url.Contains("userinfo", StringComparison.OrdinalIgnoreCase));
    }
}
