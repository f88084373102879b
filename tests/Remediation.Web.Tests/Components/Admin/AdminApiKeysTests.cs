using Bunit;
using Remediation.Web.Pages;
using Remediation.Web.Tests.Builders;

namespace Remediation.Web.Tests.Components.Admin;

public class AdminApiKeysTests
{
    private const string Listed = """
        {"id":"key-7","label":"Nightly payroll upload","role":"supplier","partyId":"SUP-1","createdAt":"2026-01-02T08:00:00Z",
         "expiresOn":"2026-12-31T00:00:00Z","revoked":false}
        """;

    [Fact]
    public async Task An_issued_key_is_shown_once_with_a_copy_hint_and_listed_without_its_secret()
    {
        var (context, api) = await ConsoleContext.SignedInAsync("admin", answers: a => a
            .AnswerInTurn("GET", "admin/api-keys", """{"items":[]}""", $$"""{"items":[{{Listed}}]}""")
            .Answer("POST", "admin/api-keys", """
                {"id":"key-7","key":"rk_secret-shown-once","role":"supplier","partyId":"SUP-1","expiresOn":"2026-12-31T00:00:00Z",
                 "label":"Nightly payroll upload"}
                """));
        using var _context = context;
        var page = context.Render<AdminApiKeys>();
        page.WaitForAssertion(() => Assert.Contains("No keys issued yet.", page.Markup, StringComparison.Ordinal));

        page.Find("#key-role").Change("Supplier");
        page.Find("#key-party").Change("SUP-1");
        page.Find("#key-label").Change("Nightly payroll upload");
        page.Find("#key-expires").Change("2026-12-31");
        await page.Find("form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Equal("rk_secret-shown-once", page.Find("#issued-key").TextContent));
        Assert.Contains("it will not be shown again", page.Find(".shown-once .once").TextContent, StringComparison.Ordinal);
        var row = page.Find("table.api-keys tbody tr");
        Assert.Contains("Nightly payroll upload", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-12-31", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("rk_secret", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            """{"role":"supplier","partyId":"SUP-1","expiresOn":"2026-12-31T00:00:00+00:00","label":"Nightly payroll upload"}""",
            api.Requests.Single(r => r.Method == HttpMethod.Post).Body);

        await page.Find(".shown-once button").ClickAsync(new());
        Assert.Empty(page.FindAll("#issued-key"));
    }

    [Fact]
    public async Task An_admin_revokes_a_key()
    {
        var revoked = Listed.Replace("\"revoked\":false", "\"revoked\":true", StringComparison.Ordinal);
        var (context, api) = await ConsoleContext.SignedInAsync("admin", answers: a => a
            .AnswerInTurn("GET", "admin/api-keys", $$"""{"items":[{{Listed}}]}""", $$"""{"items":[{{revoked}}]}""")
            .Answer("DELETE", "admin/api-keys/key-7", "{}"));
        using var _context = context;
        var page = context.Render<AdminApiKeys>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("tr.active")));

        await page.Find("tr.active button.danger").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Single(page.FindAll("tr.revoked")));
        Assert.Contains("Key key-7 revoked", page.Find("#list-outcome").TextContent, StringComparison.Ordinal);
        Assert.Single(api.Requests, r => r.Method == HttpMethod.Delete && r.Path == "admin/api-keys/key-7");
    }
}
