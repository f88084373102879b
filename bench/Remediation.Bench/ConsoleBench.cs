using System.Diagnostics;
using Microsoft.Playwright;
using Remediation.Web.Tests.Browser;

namespace Remediation.Bench;

/// <summary>
/// The web console over loopback in headless Chromium: its first load (bytes on the wire, compressed, and the time
/// until the sign-in form and then the case list can be used) and the 10,570-worker ledger page.
/// </summary>
internal static class ConsoleBench
{
    public static async Task<IReadOnlyList<(string Figure, string Value)>> RunAsync(ServerUnderTest server, ServerBench bench)
    {
        var site = new Uri(server.Address, "/");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = await Chromium.ExecutableAsync(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"],
        });
        var rows = new List<(string, string)>();
        var ledgerCase = await bench.LedgerCaseAsync();
        Console.Error.WriteLine("ledger case ready");

        var loads = new List<(double Bytes, double Form, double List)>();
        for (var run = 0; run < 3; run++)
        {
            // A fresh context each time: an empty cache, as a first visit.
            await using var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            var responses = new List<IResponse>();
            page.Response += (_, response) => responses.Add(response);
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(site.ToString());
            await page.GetByLabel("API key").WaitForAsync();
            var form = clock.Elapsed.TotalMilliseconds;
            await page.GetByLabel("API key").FillAsync(server.PartnerKey);
            var signIn = clock.Elapsed.TotalMilliseconds;
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.Locator("table.cases tbody tr").First.WaitForAsync();
            var list = clock.Elapsed.TotalMilliseconds - signIn + form;
            long bytes = 0;
            foreach (var response in responses.ToList())
            {
                var sizes = await response.Request.SizesAsync();
                bytes += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            }

            loads.Add((bytes, form, list));
        }

        rows.Add(("first load: bytes over the wire (compressed), median of 3", $"{Percentiles.Of([.. loads.Select(l => l.Bytes)], 50):F0} ({Percentiles.Of([.. loads.Select(l => l.Bytes)], 50) / 1024 / 1024:F2} MiB)"));
        rows.Add(("first load: navigation -> sign-in form usable, median ms", $"{Percentiles.Of([.. loads.Select(l => l.Form)], 50):F0}"));
        rows.Add(("first load: navigation -> case list shown (sign-in typing excluded), median ms", $"{Percentiles.Of([.. loads.Select(l => l.List)], 50):F0}"));

        var ledger = new List<double>();
        for (var run = 0; run < 3; run++)
        {
            await using var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(120_000);
            await page.GotoAsync(site.ToString());
            await page.GetByLabel("API key").FillAsync(server.CaseworkerKey);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).WaitForAsync();
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(new Uri(site, $"cases/{ledgerCase}").ToString());
            await page.GetByRole(AriaRole.Heading, new() { Name = "Workers (10570)" }).WaitForAsync();
            await page.Locator("tr.worker").First.WaitForAsync();
            ledger.Add(clock.Elapsed.TotalMilliseconds);
        }

        rows.Add(("ledger page of 10,570 workers: navigation -> all lines loaded and rows shown, median ms", $"{Percentiles.Of(ledger, 50):F0}"));
        return rows;
    }
}
