using System.Net;
using Bunit;
using Remediation.Web.Pages;
using Remediation.Web.Tests.Builders;

namespace Remediation.Web.Tests.Components.Admin;

public class AdminPartiesTests
{
    [Fact]
    public async Task An_admin_registers_a_party_and_sees_it_listed()
    {
        var (context, api) = await ConsoleContext.SignedInAsync("admin", answers: a => a
            .AnswerInTurn("GET", "admin/parties", """{"items":[]}""", """{"items":[{"kind":"supplier","id":"SUP-NEW","name":"New Supplier Ltd"}]}""")
            .Answer("POST", "admin/parties", """{"kind":"supplier","id":"SUP-NEW","name":"New Supplier Ltd"}"""));
        using var _context = context;
        var page = context.Render<AdminParties>();
        page.WaitForAssertion(() => Assert.Contains("No parties registered yet.", page.Markup, StringComparison.Ordinal));

        page.Find("#party-kind").Change("Supplier");
        page.Find("#party-id").Change("SUP-NEW");
        page.Find("#party-name").Change("New Supplier Ltd");
        await page.Find("form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Contains("Done: SUP-NEW registered.", page.Find(".outcome").TextContent, StringComparison.Ordinal));
        Assert.Equal(["supplier", "SUP-NEW", "New Supplier Ltd"], page.Find("table.parties tbody tr").Children.Select(c => c.TextContent));
        var sent = Assert.Single(api.Requests, r => r.Method == HttpMethod.Post);
        Assert.Equal("""{"kind":"supplier","id":"SUP-NEW","name":"New Supplier Ltd"}""", sent.Body);
    }

    [Fact]
    public async Task A_refused_id_is_shown_beside_the_id_field()
    {
        var (context, _) = await ConsoleContext.SignedInAsync("admin", answers: a => a
            .Answer("GET", "admin/parties", """{"items":[]}""")
            .Answer("POST", "admin/parties", """
                {"type":"/api/v1/problems/validation","title":"Bad Request","status":400,"detail":"1 problem.","traceId":"t",
                 "errors":[{"path":"$.id","message":"Use capitals, digits and dashes."}]}
                """, HttpStatusCode.BadRequest));
        using var _context = context;
        var page = context.Render<AdminParties>();

        page.Find("#party-id").Change("bad id");
        await page.Find("form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Equal("Use capitals, digits and dashes.", page.Find("#party-id-error").TextContent.Trim()));
        Assert.Equal("party-id-error", page.Find("#party-id").GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Nobody_but_an_admin_sees_the_page()
    {
        var (context, api) = await ConsoleContext.SignedInAsync("caseworker");
        using var _context = context;

        var page = context.Render<AdminParties>();

        Assert.Contains("Only an admin can see this page.", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("form"));
        Assert.DoesNotContain(api.Requests, r => r.Path.StartsWith("admin/", StringComparison.Ordinal));
    }
}
