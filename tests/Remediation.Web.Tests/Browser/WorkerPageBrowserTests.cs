using Microsoft.Playwright;
using Remediation.Server.Tests;
using Xunit.Abstractions;

namespace Remediation.Web.Tests.Browser;

/// <summary>
/// The worker page on the real standalone server, in a phone's browser with JavaScript off at 320 px: a Burmese worker
/// reads it in Burmese and confirms, another switches to English and says only part arrived; both answers reach the
/// ledger. No page moves more than 30 KB, and nothing is asked of any other site.
/// </summary>
public class WorkerPageBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Workers_answer_in_burmese_and_in_english_on_a_small_phone_without_javascript()
    {
        await using var server = await ServerProcess.StartAsync();
        using var api = await ApiDriver.ConnectAsync(server);
        var caseId = await api.OpenAsync("WORKER-PAGE-1", 2);
        await CaseJourneys.DriveToAsync(api, caseId, 4);
        await api.WaitAsync(caseId, v => ApiDriver.Stage(v) == "Verification");
        var codes = await api.SampleCodesAsync(caseId);
        var site = new Uri(server.Address, "/");

        await using var phone = await WorkerPhoneBrowser.LaunchAsync();
        var bytes = new Dictionary<string, long>();
        var requests = new List<string>();
        var page = await phone.NewPageAsync(bytes, requests);

        // The QR code opens the page with the code: a Myanmar worker reads Burmese.
        await page.GotoAsync(new Uri(site, $"confirm/{codes["MM-0001"]}").ToString());
        Assert.Equal("my", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("Cal-Comp Electronics", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("MM-0001", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertFitsAsync(page);
        output.WriteLine(await WorkerPhoneBrowser.ScreenshotAsync(page, "worker-page-my"));
        await page.Locator("input[name=answer][value=all]").CheckAsync();
        await page.Locator("input[name=pressure][value=no]").CheckAsync();
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.Locator("h1").WaitForAsync();
        output.WriteLine(await WorkerPhoneBrowser.ScreenshotAsync(page, "worker-page-my-thanks"));

        // Another worker types the code on the form and chooses English.
        var second = await phone.NewPageAsync(bytes, requests);
        await second.GotoAsync(new Uri(site, "confirm?lang=en").ToString());
        await second.GetByLabel("Your code (on your slip)").FillAsync(codes["MM-0002"].Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant());
        await second.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        // The language buttons send the code again in a form (never in a link).
        await second.GetByRole(AriaRole.Button, new() { Name = "ไทย" }).ClickAsync();
        await second.Locator("html[lang=th]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await second.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await second.GetByText("Did you receive this money?").WaitForAsync();
        await AssertFitsAsync(second);
        output.WriteLine(await WorkerPhoneBrowser.ScreenshotAsync(second, "worker-page-en"));
        await second.GetByLabel("Only part of it").CheckAsync();
        await second.GetByLabel("If only part: how much did you receive in total?").FillAsync("12000");
        await second.Locator("input[name=pressure][value=no]").CheckAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Send my answer" }).ClickAsync();
        await second.GetByText("owed to you again").WaitForAsync();
        output.WriteLine(await WorkerPhoneBrowser.ScreenshotAsync(second, "worker-page-en-thanks"));

        var lines = await api.LinesAsync(caseId);
        Assert.Equal(20001m, lines.Single(l => l.Ref == "MM-0001").Verified);
        Assert.Equal(20002m - 12000m, lines.Single(l => l.Ref == "MM-0002").Outstanding);
        Assert.All(requests, r => Assert.StartsWith(site.ToString(), r, StringComparison.Ordinal));
        foreach (var (url, size) in bytes)
        {
            output.WriteLine($"{size,7} bytes  {new Uri(url).AbsolutePath.Split('/')[1]}");
            Assert.True(size < 30_000, $"{url} moved {size} bytes");
        }
    }

    /// <summary>Nothing wider than the phone: the page never scrolls sideways.</summary>
    private static async Task AssertFitsAsync(IPage page)
    {
        foreach (var box in await Task.WhenAll((await page.Locator("main *, nav *").AllAsync()).Select(l => l.BoundingBoxAsync())))
        {
            Assert.True(box is null || box.X + box.Width <= 321, $"an element reaches {box?.X + box?.Width} px on a 320 px screen");
        }
    }
}
