using System.Net;
using Bunit;
using Remediation.Web.Pages;
using Remediation.Web.Tests.Builders;

namespace Remediation.Web.Tests.Components.Admin;

public class AdminPeopleTests
{
    private const string Invited = """
        {"id":"mem_2","displayName":"Ivy Inspector","role":"partner","partyId":"PART-1","status":"invited","email":"ivy@example.org",
         "createdAt":"2026-01-05T10:00:00Z","createdBy":{"kind":"person","id":"mem_1","name":"Ada Admin"}}
        """;

    private const string Casey = """
        {"id":"mem_1","displayName":"Casey Caseworker","role":"caseworker","status":"active","subject":"demo-caseworker",
         "issuer":"http://127.0.0.1:5081/","createdAt":"2026-01-01T10:00:00Z","createdBy":{"kind":"key","id":"key-1"}}
        """;

    [Fact]
    public async Task An_admin_invites_a_person_by_email_with_a_role_and_party_and_sees_the_invitation_listed()
    {
        var (context, api) = await ConsoleContext.SignedInAsync("admin", answers: a => a
            .AnswerInTurn("GET", "admin/members", $$"""{"items":[{{Casey}}]}""", $$"""{"items":[{{Casey}},{{Invited}}]}""")
            .Answer("POST", "admin/members", Invited));
        using var _context = context;
        var page = context.Render<AdminPeople>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("table.people tbody tr")));

        page.Find("#person-name").Change("Ivy Inspector");
        page.Find("#person-email").Change("ivy@example.org");
        page.Find("#person-role").Change("Partner");
        page.Find("#person-party").Change("PART-1");
        await page.Find("form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("table.people tbody tr").Count));
        var row = page.Find("tr.member.invited");
        Assert.Contains("Ivy Inspector", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("partner PART-1", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("invited", row.QuerySelector("td.status")!.TextContent);
        var sent = Assert.Single(api.Requests, r => r.Method == HttpMethod.Post);
        Assert.Equal("""{"displayName":"Ivy Inspector","role":"partner","partyId":"PART-1","email":"ivy@example.org"}""", sent.Body);
    }

    [Fact]
    public async Task An_admin_changes_a_role_and_disables_a_member()
    {
        var disabled = Casey.Replace("\"active\"", "\"disabled\"", StringComparison.Ordinal);
        var (context, api) = await ConsoleContext.SignedInAsync("admin", answers: a => a
            .AnswerInTurn("GET", "admin/members", $$"""{"items":[{{Casey}}]}""", $$"""{"items":[{{Casey}}]}""", $$"""{"items":[{{disabled}}]}""")
            .Answer("PATCH", "admin/members/mem_1", Casey.Replace("\"caseworker\"", "\"admin\"", StringComparison.Ordinal))
            .Answer("POST", "admin/members/mem_1/disable", disabled));
        using var _context = context;
        var page = context.Render<AdminPeople>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("tr.member.active")));

        page.Find("#member-mem_1-role").Change("Admin");
        await page.Find("tr.member form").SubmitAsync();
        page.WaitForAssertion(() => Assert.Contains("Done: Casey Caseworker changed.", page.Markup, StringComparison.Ordinal));
        await page.Find("tr.member button.danger").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Single(page.FindAll("tr.member.disabled")));
        Assert.Empty(page.FindAll("tr.member button.danger"));
        Assert.Equal("""{"role":"admin"}""", api.Requests.Single(r => r.Method == HttpMethod.Patch).Body);
        Assert.Single(api.Requests, r => r.Path == "admin/members/mem_1/disable");
    }

    [Fact]
    public async Task A_party_the_role_does_not_allow_is_shown_beside_the_party_field()
    {
        var (context, _) = await ConsoleContext.SignedInAsync("admin", answers: a => a
            .Answer("GET", "admin/members", """{"items":[]}""")
            .Answer("POST", "admin/members", """
                {"type":"/api/v1/problems/validation","title":"Bad Request","status":400,"detail":"1 problem.","traceId":"t",
                 "errors":[{"path":"$.partyId","message":"Caseworkers act for no party."}]}
                """, HttpStatusCode.BadRequest));
        using var _context = context;
        var page = context.Render<AdminPeople>();

        page.Find("#person-name").Change("Casey");
        page.Find("#person-email").Change("casey@example.org");
        page.Find("#person-party").Change("PART-1");
        await page.Find("form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Equal("Caseworkers act for no party.", page.Find("#person-party-error").TextContent.Trim()));
    }
}
