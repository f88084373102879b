using System.Diagnostics;
using Microsoft.Playwright;
using Remediation.Web.Tests.Browser;

namespace Remediation.Bench;

/// <summary>
/// The web console over loopback in headless Chromium, each visit in a fresh context (an empty cache): its first load
/// (bytes on the wire, compressed; requests; the page's sign-in form usable; the app started), signing in, the case
/// list, the same first load under "Fast 4G" throttling, and the 10,570-worker ledger page's first rows. The baseline
/// is the empty Blazor WebAssembly template, published, in the same run.
/// </summary>
internal static class ConsoleBench
{
    private const int Runs = 3;

    // The clock runs from navigation to what the user sees, not to the page's load event (which waits for every script).
    private static readonly PageGotoOptions Committed = new() { WaitUntil = WaitUntilState.Commit };

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

        await using (var blank = await BlankBlazorBaseline.StartAsync())
        {
            var baseline = new List<(double Bytes, double Shown)>();
            for (var run = 0; run < Runs; run++)
            {
                var (page, bytes) = await VisitAsync(browser, throttled: false);
                var clock = Stopwatch.StartNew();
                await page.GotoAsync(blank.Address.ToString(), Committed);
                await page.GetByRole(AriaRole.Heading, new() { Name = "Hello, world!" }).WaitForAsync();
                baseline.Add((await bytes(), clock.Elapsed.TotalMilliseconds));
                await page.Context.CloseAsync();
            }

            rows.Add(("baseline: empty Blazor template, bytes over the wire (not compressed by its server), median", Median(baseline, b => b.Bytes)));
            rows.Add(("baseline: empty Blazor template, navigation -> its page shown, median ms", Median(baseline, b => b.Shown)));
        }

        var loads = new List<(double Bytes, double Requests, double Form, double Started, double FirstPage, double List)>();
        for (var run = 0; run < Runs; run++)
        {
            var (page, bytes) = await VisitAsync(browser, throttled: false);
            var requests = 0;
            page.Request += (_, _) => requests++;
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(site.ToString(), Committed);
            await page.GetByLabel("API key").WaitForAsync();
            var form = clock.Elapsed.TotalMilliseconds;
            await page.WaitForFunctionAsync("() => !document.getElementById('boot-signin')");
            var started = clock.Elapsed.TotalMilliseconds;
            await page.GetByLabel("API key").FillAsync(server.PartnerKey);
            var signIn = Stopwatch.StartNew();
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.Locator("table.cases tbody tr").First.WaitForAsync();
            var firstPage = signIn.Elapsed.TotalMilliseconds;
            var list = Stopwatch.StartNew();
            await page.GetByRole(AriaRole.Link, new() { Name = "Cases" }).ClickAsync();
            await page.Locator("table.cases tbody tr").First.WaitForAsync();
            loads.Add((await bytes(), requests, form, started, firstPage, list.Elapsed.TotalMilliseconds));
            await page.Context.CloseAsync();
        }

        rows.Add(("first load: bytes over the wire (compressed), median", Median(loads, l => l.Bytes)));
        rows.Add(("first load: requests, median", Median(loads, l => l.Requests)));
        rows.Add(("first load: navigation -> sign-in form usable (the page's own), median ms", Median(loads, l => l.Form)));
        rows.Add(("first load: navigation -> app started (its form in place), median ms", Median(loads, l => l.Started)));
        rows.Add(("Sign in clicked -> first page (the case list) shown, median ms", Median(loads, l => l.FirstPage)));
        rows.Add(("Cases clicked -> case list shown, median ms", Median(loads, l => l.List)));

        var throttled = new List<(double Form, double Started)>();
        for (var run = 0; run < Runs; run++)
        {
            var (page, _) = await VisitAsync(browser, throttled: true);
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(site.ToString(), Committed);
            await page.GetByLabel("API key").WaitForAsync();
            var form = clock.Elapsed.TotalMilliseconds;
            await page.WaitForFunctionAsync("() => !document.getElementById('boot-signin')");
            throttled.Add((form, clock.Elapsed.TotalMilliseconds));
            await page.Context.CloseAsync();
        }

        rows.Add(("Fast 4G: navigation -> sign-in form usable, median ms", Median(throttled, t => t.Form)));
        rows.Add(("Fast 4G: navigation -> app started, median ms", Median(throttled, t => t.Started)));

        var ledger = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            var (page, _) = await VisitAsync(browser, throttled: false);
            await page.GotoAsync(site.ToString());
            await page.GetByLabel("API key").FillAsync(server.CaseworkerKey);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).WaitForAsync();
            // Opened from within the app, as from the case list (a full page load would measure the runtime's start again).
            var clock = Stopwatch.StartNew();
            await page.EvaluateAsync("path => Blazor.navigateTo(path)", $"cases/{ledgerCase}");
            await page.Locator("tr.worker").First.WaitForAsync();
            ledger.Add(clock.Elapsed.TotalMilliseconds);
            await page.Context.CloseAsync();
        }

        rows.Add(("ledger of 10,570 workers: case opened in the app -> first worker rows shown, median ms", Median(ledger, l => l)));
        return rows;
    }

    /// <summary>A page in a fresh context; the function it returns sums the bytes received so far (bodies and headers).</summary>
    private static async Task<(IPage Page, Func<Task<double>> Bytes)> VisitAsync(IBrowser browser, bool throttled)
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(120_000);
        var responses = new List<IResponse>();
        page.Response += (_, response) => responses.Add(response);
        if (throttled)
        {
            // "Fast 4G" as Chromium's DevTools define it: 9 Mbps down, 1.5 Mbps up, 60 ms, with DevTools' own adjustment
            // factors (0.9 of the bandwidth, 2.75 times the latency).
            var devtools = await context.NewCDPSessionAsync(page);
            await devtools.SendAsync("Network.enable");
            await devtools.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
            {
                ["offline"] = false, ["latency"] = 60 * 2.75, ["downloadThroughput"] = 9_000_000 / 8 * 0.9, ["uploadThroughput"] = 1_500_000 / 8 * 0.9,
            });
        }

        return (page, async () =>
        {
            double bytes = 0;
            foreach (var response in responses.ToList())
            {
                var sizes = await response.Request.SizesAsync();
                bytes += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            }

            return bytes;
        });
    }

    private static string Median<T>(IEnumerable<T> runs, Func<T, double> figure)
    {
        var values = runs.Select(figure).ToList();
        var median = Percentiles.Of(values, 50);
        return $"{median:F0} (runs: {string.Join(", ", values.Select(v => v.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))})";
    }
}
