using Microsoft.Playwright;
using Remediation.Development;

namespace Remediation.Web.Tests.Browser;

/// <summary>
/// A cheap phone's browser: headless Chromium at 320 x 640 with JavaScript off, and the Noto fonts the repository ships
/// (fontconfig pointed at them) so that Burmese or Khmer text is drawn, not boxes. It counts the bytes each page moves.
/// </summary>
internal sealed class WorkerPhoneBrowser : IAsyncDisposable
{
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private WorkerPhoneBrowser(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static async Task<WorkerPhoneBrowser> LaunchAsync()
    {
        var executable = await Chromium.ExecutableAsync();
        var playwright = await Playwright.CreateAsync();
        var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value);
        environment["FONTCONFIG_FILE"] = FontConfiguration();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Env = environment!,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new WorkerPhoneBrowser(playwright, browser);
    }

    /// <summary>A tab of a phone with JavaScript off; every response's body size is added to <paramref name="bytes"/>.</summary>
    public async Task<IPage> NewPageAsync(Dictionary<string, long> bytes, List<string> requests)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 320, Height = 640 },
            JavaScriptEnabled = false,
            IsMobile = true,
            DeviceScaleFactor = 2,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        page.Request += (_, request) => requests.Add(request.Url);
        page.Response += async (_, response) =>
        {
            var body = await response.BodyAsync();
            lock (bytes)
            {
                bytes[response.Url] = bytes.GetValueOrDefault(response.Url) + body.Length + string.Join("\r\n", response.Headers.Select(h => $"{h.Key}: {h.Value}")).Length;
            }
        };
        return page;
    }

    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ConsoleBrowser.ScreenshotFolder);
        var path = Path.Combine(ConsoleBrowser.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    /// <summary>A fontconfig file: the system's fonts and the repository's Noto fonts.</summary>
    private static string FontConfiguration()
    {
        var root = AzuriteEmulator.FindRepositoryRoot(AppContext.BaseDirectory);
        var fonts = Path.Combine(root, "src", "Remediation.Api", "Confirmations", "Slips", "Fonts");
        var folder = Path.Combine(Path.GetTempPath(), "remediation-fonts");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "fonts.conf");
        File.WriteAllText(path, $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
              <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
              <dir>{fonts}</dir>
              <cachedir>{Path.Combine(folder, "cache")}</cachedir>
            </fontconfig>
            """);
        return path;
    }
}
