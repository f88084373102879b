using Bunit;
using Remediation.Contracts.Cases;
using Remediation.Web.Components;
using Remediation.Web.Tests.Builders;

namespace Remediation.Web.Tests.Components;

public class PlanBuilderTests
{
    private static CaseView Confirmed(string thb) =>
        System.Text.Json.JsonSerializer.Deserialize<CaseView>(Cases.View(stage: "RemediationPlan", waitingFor: "supplier").Replace("\"confirmed\":\"0.00\"", $"\"confirmed\":\"{thb}\"", StringComparison.Ordinal), System.Text.Json.JsonSerializerOptions.Web)!;

    [Fact]
    public async Task A_plan_that_does_not_add_up_is_not_sent_and_one_that_does_is_sent_to_the_cent()
    {
        var (context, api) = await ConsoleContext.SignedInAsync("supplier", "SUP-1", a => a.Answer("POST", "cases/C-1/plan", """
            {"caseId":"C-1","commandId":"cmd-2","command":"SubmitPlan","status":"applied","issuedAt":"2026-11-30T00:00:00+00:00"}
            """));
        using var _context = context;
        var builder = context.Render<PlanBuilder>(p => p.Add(b => b.Case, Confirmed("60001.50")));

        builder.Find("input[aria-label='Amount in THB of instalment 1']").Change("30000.75");
        builder.Find("form").Submit();
        builder.WaitForAssertion(() => Assert.Contains("add up to 30000.75 THB, but 60001.50 THB", builder.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain(api.Requests, r => r.Path == "cases/C-1/plan");

        builder.Find("button.link").Click();
        builder.Find("input[aria-label='Amount in THB of instalment 2']").Change("30000.75");
        builder.Find("form").Submit();

        builder.WaitForAssertion(() => Assert.Contains("SubmitPlan was applied", builder.Markup, StringComparison.Ordinal));
        var sent = api.Requests.Single(r => r.Path == "cases/C-1/plan").Body!;
        Assert.Contains("\"amount\":30000.75", sent, StringComparison.Ordinal);
        Assert.Contains("\"number\":2", sent, StringComparison.Ordinal);
    }
}
