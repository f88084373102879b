using System.Net;
using Bunit;
using Remediation.Contracts.Cases;
using Remediation.Web.Components;
using Remediation.Web.Tests.Builders;

namespace Remediation.Web.Tests.Components;

public class CommandFormTests
{
    private static CaseView InTriage() => System.Text.Json.JsonSerializer.Deserialize<CaseView>(Cases.View(), System.Text.Json.JsonSerializerOptions.Web)!;

    [Fact]
    public async Task A_refused_field_shows_the_apis_message_next_to_that_field()
    {
        var (context, api) = await ConsoleContext.SignedInAsync("caseworker", answers: a => a.Answer("POST", "cases/C-1/triage", """
            {"type":"/api/v1/problems/rule-broken","title":"Unprocessable","status":422,"detail":"Rejecting a grievance needs a reason.","traceId":"t",
             "errors":[{"path":"$.reason","message":"Rejecting a grievance needs a reason."}]}
            """, HttpStatusCode.UnprocessableEntity));
        using var _context = context;
        var actions = context.Render<CaseworkerActions>(p => p.Add(a => a.Case, InTriage()));

        actions.FindAll("input[name=triage-accept]")[1].Change(true);
        actions.Find("section#triage form, section[aria-labelledby=triage-title] form").Submit();

        actions.WaitForAssertion(() => Assert.Contains("needs a reason", actions.Find("#triage-reason-error").TextContent, StringComparison.Ordinal));
        Assert.Equal("triage-reason-error", actions.Find("#triage-reason").GetAttribute("aria-describedby"));
        Assert.Equal("alert", actions.Find("#triage-reason-error").GetAttribute("role"));
        Assert.Empty(actions.Find("#triage-supplier-error").TextContent.Trim());
        Assert.Contains("Refused", actions.Find("section[aria-labelledby=triage-title] .outcome").TextContent, StringComparison.Ordinal);
        Assert.Contains("\"accept\":false", api.Requests.Single(r => r.Path == "cases/C-1/triage").Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_applied_command_says_so_and_asks_for_its_final_outcome()
    {
        var (context, api) = await ConsoleContext.SignedInAsync("caseworker", answers: a => a.Answer("POST", "cases/C-1/triage", """
            {"caseId":"C-1","commandId":"cmd-1","command":"Triage","status":"applied","issuedAt":"2026-11-30T00:00:00+00:00","completedAt":"2026-11-30T00:00:01+00:00"}
            """));
        using var _context = context;
        var actions = context.Render<CaseworkerActions>(p => p.Add(a => a.Case, InTriage()));

        actions.Find("section[aria-labelledby=triage-title] form").Submit();

        actions.WaitForAssertion(() => Assert.Contains("Triage was applied", actions.Find("section[aria-labelledby=triage-title] .outcome").TextContent, StringComparison.Ordinal));
        Assert.Contains("\"supplierId\":\"SUP-1\"", api.Requests.Single(r => r.Path == "cases/C-1/triage").Body, StringComparison.Ordinal);
    }
}
