using System.Net;
using Bunit;
using Remediation.Web.Pages;
using Remediation.Web.Tests.Builders;

namespace Remediation.Web.Tests.Components.Admin;

public class AdminSubscriptionsTests
{
    private const string Hook = """
        {"id":"sub_1","url":"https://hooks.example.org/caseworkers","events":[],"enabled":true,"createdAt":"2026-01-03T09:00:00Z"}
        """;

    [Fact]
    public async Task A_subscription_is_created_with_its_secret_shown_once_then_disabled_enabled_and_deleted()
    {
        var off = Hook.Replace("\"enabled\":true", "\"enabled\":false,\"disabledReason\":\"by its owner\"", StringComparison.Ordinal);
        var (context, api) = await ConsoleContext.SignedInAsync("admin", answers: a => a
            .AnswerInTurn(
                "GET", "subscriptions",
                """{"items":[]}""", $$"""{"items":[{{Hook}}]}""", $$"""{"items":[{{off}}]}""", $$"""{"items":[{{Hook}}]}""", """{"items":[]}""")
            .Answer("POST", "subscriptions", Hook.Replace("}", ",\"secret\":\"whsec_once\"}", StringComparison.Ordinal))
            .Answer("POST", "subscriptions/sub_1/disable", off)
            .Answer("POST", "subscriptions/sub_1/enable", Hook)
            .Answer("DELETE", "subscriptions/sub_1", "{}"));
        using var _context = context;
        var page = context.Render<AdminSubscriptions>();
        page.WaitForAssertion(() => Assert.Contains("No endpoints subscribed.", page.Markup, StringComparison.Ordinal));

        page.Find("#subscription-url").Change("https://hooks.example.org/caseworkers");
        await page.Find("form").SubmitAsync();
        page.WaitForAssertion(() => Assert.Equal("whsec_once", page.Find("#subscription-secret").TextContent));
        Assert.Contains("every event", page.Find("tr.enabled").TextContent, StringComparison.Ordinal);

        await page.Find("tr.enabled button").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Contains("disabled: by its owner", page.Find("tr.disabled").TextContent, StringComparison.Ordinal));
        await page.Find("tr.disabled button").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Single(page.FindAll("tr.enabled")));
        await page.Find("tr.enabled button.danger").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("table.subscriptions tbody tr")));
        Assert.Equal(
            ["POST subscriptions", "POST subscriptions/sub_1/disable", "POST subscriptions/sub_1/enable", "DELETE subscriptions/sub_1"],
            api.Requests.Where(r => r.Method != HttpMethod.Get).Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task A_refused_url_is_shown_beside_the_url_field()
    {
        var (context, _) = await ConsoleContext.SignedInAsync("admin", answers: a => a
            .Answer("GET", "subscriptions", """{"items":[]}""")
            .Answer("POST", "subscriptions", """
                {"type":"/api/v1/problems/validation","title":"Bad Request","status":400,"detail":"1 problem.","traceId":"t",
                 "errors":[{"path":"$.url","message":"Use https and a public address."}]}
                """, HttpStatusCode.BadRequest));
        using var _context = context;
        var page = context.Render<AdminSubscriptions>();

        page.Find("#subscription-url").Change("http://10.0.0.1/");
        await page.Find("form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Equal("Use https and a public address.", page.Find("#subscription-url-error").TextContent.Trim()));
        Assert.Empty(page.FindAll(".shown-once"));
    }
}
