using Bunit;
using Remediation.Web.Pages;
using Remediation.Web.Tests.Builders;

namespace Remediation.Web.Tests.Components.Admin;

public class AdminAuditTests
{
    [Fact]
    public async Task The_audit_log_lists_newest_first_with_kind_who_target_and_detail()
    {
        var (context, _) = await ConsoleContext.SignedInAsync("admin", answers: a => a.Answer("GET", "admin/audit", """
            {"items":[
              {"at":"2026-01-05T10:02:00Z","kind":"request_refused","actedBy":{"kind":"person","id":"mem_9","name":"Dee Disabled"},
               "target":"member:mem_9","detail":"A disabled member was refused."},
              {"at":"2026-01-05T10:01:00Z","kind":"sign_in_failed","target":"user:casey","detail":"Wrong password."},
              {"at":"2026-01-05T10:00:00Z","kind":"signed_in","actedBy":{"kind":"person","id":"mem_1","name":"Casey Caseworker"},
               "target":"member:mem_1","detail":"Signed in."}]}
            """));
        using var _context = context;

        var page = context.Render<AdminAudit>();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("table.audit tbody tr").Count));
        var rows = page.FindAll("table.audit tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToList()).ToList();
        Assert.Equal(["2026-01-05 10:02:00", "request_refused", "Dee Disabled", "member:mem_9", "A disabled member was refused."], rows[0]);
        Assert.Equal(["2026-01-05 10:01:00", "sign_in_failed", "–", "user:casey", "Wrong password."], rows[1]);
        Assert.Equal("Casey Caseworker", rows[2][2]);
        Assert.Empty(page.FindAll("button"));
    }
}
