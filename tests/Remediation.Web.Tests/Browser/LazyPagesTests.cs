using Microsoft.Playwright;
using Remediation.Server.Tests;
using Xunit.Abstractions;

namespace Remediation.Web.Tests.Browser;

/// <summary>Rarely used pages come in assemblies of their own, fetched when first opened, not with the app.</summary>
public class LazyPagesTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_new_case_page_is_fetched_only_when_the_partner_opens_it_also_from_its_address()
    {
        await using var server = await ServerProcess.StartAsync();
        using var api = await ApiDriver.ConnectAsync(server);
        await using var browser = await ConsoleBrowser.LaunchAsync(output);
        var page = await browser.NewPageAsync();
        var fetched = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.Request += (_, request) => fetched.Enqueue(request.Url);

        await page.GotoAsync(new Uri(server.Address, "/").ToString());
        await page.GetByLabel("API key").FillAsync(api.Keys[0]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with the key" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New grievance" }).WaitForAsync();
        Assert.DoesNotContain(fetched, url => url.Contains("Remediation.Web.Intake", StringComparison.Ordinal));
        Assert.DoesNotContain(fetched, url => url.Contains("Remediation.Web.Admin", StringComparison.Ordinal));

        await page.GetByRole(AriaRole.Link, new() { Name = "New grievance" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Report a grievance" }).WaitForAsync();
        Assert.Contains(fetched, url => url.Contains("/_framework/Remediation.Web.Intake.", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByLabel("Your reference for this case")).ToBeVisibleAsync();

        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Report a grievance" }).WaitForAsync();
        await Assertions.Expect(page.GetByLabel("Your reference for this case")).ToBeVisibleAsync();
        Assert.Empty(browser.PolicyViolations);
        Assert.DoesNotContain(fetched, url => url.Contains("Remediation.Web.Admin", StringComparison.Ordinal));
    }
}
