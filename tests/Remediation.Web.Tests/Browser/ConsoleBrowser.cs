using System.Text.Json;
using Microsoft.Playwright;
using Remediation.Development;
using Xunit.Abstractions;

namespace Remediation.Web.Tests.Browser;

/// <summary>
/// Headless Chromium driven by Playwright against the console a real server serves. Each page visited can be
/// photographed into the test output (screenshots/ beside the test assembly) and checked with axe-core (from npm,
/// pinned), run in the page.
/// </summary>
internal sealed class ConsoleBrowser : IAsyncDisposable
{
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly ITestOutputHelper output;

    private ConsoleBrowser(IPlaywright playwright, IBrowser browser, ITestOutputHelper output)
    {
        this.playwright = playwright;
        this.browser = browser;
        this.output = output;
    }

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public List<string> AccessibilityReport { get; } = [];

    /// <summary>What Chromium refused under the pages' Content-Security-Policy (the console must run under it untouched).</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> PolicyViolations { get; } = new();

    /// <summary>Every address the pages asked for (the provider's among them).</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>What the pages wrote to the console as errors (an unhandled exception in the app among them).</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Errors { get; } = new();

    public static async Task<ConsoleBrowser> LaunchAsync(ITestOutputHelper output)
    {
        var executable = await Chromium.ExecutableAsync();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new ConsoleBrowser(playwright, browser, output);
    }

    /// <summary>A page of its own (a separate tab session), signed in with <paramref name="key"/>.</summary>
    public async Task<IPage> SignInAsync(Uri site, string key)
    {
        var page = await NewPageAsync();
        await page.GotoAsync(site.ToString());
        await page.GetByLabel("API key").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with the key" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).WaitForAsync();
        return page;
    }

    /// <summary>
    /// A page of its own signed in as a person: the console's "Sign in" goes to the identity provider's login page, where
    /// the user name and password are typed, and the provider sends the browser back signed in. The login page is
    /// photographed as <paramref name="loginScreenshot"/> when one is named.
    /// </summary>
    public async Task<IPage> SignInAsPersonAsync(Uri site, Uri issuer, string user, string password, string? loginScreenshot = null)
    {
        var page = await NewPageAsync();
        await page.GotoAsync(site.ToString());
        await SignInAtProviderAsync(page, issuer, user, password, loginScreenshot);
        return page;
    }

    /// <summary>From the console's sign-in screen, through the provider's login page, back to the console signed in.</summary>
    public async Task SignInAtProviderAsync(IPage page, Uri issuer, string user, string password, string? loginScreenshot = null)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(issuer.ToString(), StringComparison.Ordinal));
        await page.GetByLabel("User name").FillAsync(user);
        await page.GetByLabel("Password").FillAsync(password);
        if (loginScreenshot is not null)
        {
            await ScreenshotAsync(page, loginScreenshot);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).WaitForAsync();
    }

    /// <summary>A page of its own (a separate tab session, empty cache), not yet on the console.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.Request += (_, request) => Requests.Enqueue(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                PolicyViolations.Enqueue($"{page.Url}: {message.Text}");
            }

            if (message.Type == "error")
            {
                Errors.Enqueue($"{page.Url}: {message.Text}");
                output.WriteLine($"console error on {page.Url}: {message.Text}");
            }
        };
        page.SetDefaultTimeout(60_000);

        // Expectations wait on their condition; a cold start of the app and a lazy assembly on a busy machine takes more than
        // Playwright's default 5 s (a full load of /suppliers/{id} timed out so in a fresh clone's run).
        Assertions.SetDefaultExpectTimeout(30_000);
        return page;
    }

    public async Task<string> ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
        return path;
    }

    /// <summary>Runs axe-core in the page; returns its serious and critical violations (and records every one found).</summary>
    public async Task<IReadOnlyList<string>> AccessibilityProblemsAsync(IPage page, string name)
    {
        // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern (an added
        // script tag would be an inline script the policy rightly refuses).
        var axe = await File.ReadAllTextAsync(
            Path.Combine(AzuriteEmulator.FindRepositoryRoot(AppContext.BaseDirectory), "node_modules", "axe-core", "axe.min.js"));
        await page.EvaluateAsync(axe + "\n;undefined");
        var violations = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }))");
        var all = violations.EnumerateArray().Select(v => (Id: v.GetProperty("id").GetString(), Impact: v.GetProperty("impact").GetString(), Nodes: v.GetProperty("nodes").GetInt32(), Help: v.GetProperty("help").GetString())).ToList();
        var line = $"axe on {name}: {all.Count} violations{(all.Count == 0 ? string.Empty : ": " + string.Join("; ", all.Select(v => $"{v.Impact} {v.Id} ({v.Nodes}): {v.Help}")))}";
        AccessibilityReport.Add(line);
        output.WriteLine(line);
        return [.. all.Where(v => v.Impact is "serious" or "critical").Select(v => $"{name}: {v.Impact} {v.Id} ({v.Nodes} nodes): {v.Help}")];
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
