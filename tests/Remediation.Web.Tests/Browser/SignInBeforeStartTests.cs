using Microsoft.Playwright;
using Remediation.Server.Tests;
using Xunit.Abstractions;

namespace Remediation.Web.Tests.Browser;

/// <summary>
/// The sign-in form is in the page itself and can be used before the app's runtime has arrived: the runtime's
/// download is held back here until the test lets it go, so "before" is certain, not a race.
/// </summary>
public class SignInBeforeStartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_key_submitted_before_the_app_starts_signs_in_once_it_has_started()
    {
        await using var server = await ServerProcess.StartAsync();
        using var api = await ApiDriver.ConnectAsync(server);
        await using var browser = await ConsoleBrowser.LaunchAsync(output);
        var page = await browser.NewPageAsync();
        var runtime = await HoldRuntimeAsync(page);

        await page.GotoAsync(new Uri(server.Address, "/").ToString());
        await page.GetByLabel("API key").FillAsync(api.Keys[0]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with the key" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Signing in…");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in with the key" })).ToBeDisabledAsync();
        Assert.False(runtime.Task.IsCompleted);

        runtime.SetResult();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).WaitForAsync();
        await Assertions.Expect(page.Locator("header .who")).ToContainTextAsync("partner");
        Assert.Empty(browser.PolicyViolations);
    }

    [Fact]
    public async Task A_key_typed_before_the_app_starts_is_still_in_the_field_and_focused_after()
    {
        await using var server = await ServerProcess.StartAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(output);
        var page = await browser.NewPageAsync();
        var runtime = await HoldRuntimeAsync(page);

        await page.GotoAsync(new Uri(server.Address, "/cases").ToString());
        await page.GetByLabel("API key").FillAsync("rk_half-typed");
        runtime.SetResult();
        await page.WaitForFunctionAsync("() => !document.getElementById('boot-signin')");

        await Assertions.Expect(page.GetByLabel("API key")).ToHaveValueAsync("rk_half-typed");
        await Assertions.Expect(page.GetByLabel("API key")).ToBeFocusedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with the key" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The key was not accepted");
    }

    [Fact]
    public async Task Signing_in_at_the_provider_asked_for_before_the_app_starts_goes_to_its_login_page_once_it_has_started()
    {
        await using var server = await ServerProcess.StartAsync(environmentName: "Development");
        var demo = await DemoSignIns.ReadAsync(server);
        await using var browser = await ConsoleBrowser.LaunchAsync(output);
        var page = await browser.NewPageAsync();
        var runtime = await HoldRuntimeAsync(page);

        await page.GotoAsync(new Uri(server.Address, "/").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Signing in…");
        Assert.False(runtime.Task.IsCompleted);

        runtime.SetResult();
        await page.WaitForURLAsync(url => url.StartsWith(demo.Issuer.ToString(), StringComparison.Ordinal));
        await Assertions.Expect(page.GetByLabel("User name")).ToBeVisibleAsync();
        Assert.Empty(browser.PolicyViolations);
    }

    /// <summary>Holds the runtime's WebAssembly back until the returned source is completed.</summary>
    private static async Task<TaskCompletionSource> HoldRuntimeAsync(IPage page)
    {
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/_framework/dotnet.native.*.wasm", async route =>
        {
            await released.Task;
            await route.ContinueAsync();
        });
        return released;
    }
}
