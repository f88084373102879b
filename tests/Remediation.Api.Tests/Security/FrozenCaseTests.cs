using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Remediation.Api.Tests.Builders;

namespace Remediation.Api.Tests.Security;

/// <summary>
/// Commands that were accepted (202) and then could never be applied, freezing their case: long texts in Thai, and
/// hundreds of tiny payments to one worker. Now the first is applied and the second refused before it is queued.
/// </summary>
public class FrozenCaseTests
{
    private static readonly string Thai =
        string.Concat(Enumerable.Repeat("แรงงานจ่ายค่าธรรมเนียมให้นายหน้า ", 125))[..4000];

    [Fact]
    public async Task Findings_with_a_long_thai_root_cause_on_a_case_with_a_long_thai_summary_are_applied_and_it_moves_on()
    {
        await using var server = await ApiServer.StartAsync();
        using var supplier = server.Client(server.Keys.Supplier);
        using var caseworker = server.Client(server.Keys.Caseworker);
        var grievance = JsonSerializer.SerializeToNode(Bodies.Grievance("THAI-1"), Web)!;
        grievance["summary"] = Thai;
        var caseId = await server.OpenInInvestigationAsync("THAI-1", grievance);
        var findings = JsonSerializer.SerializeToNode(Bodies.Findings(3), Web)!;
        findings["rootCause"] = Thai;

        var submitted = await supplier.SendAsync(Requests.Waiting($"cases/{caseId}/findings", findings));
        var accepted = await caseworker.SendAsync(Requests.Waiting($"cases/{caseId}/findings/decision", new { accept = true }));

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("RemediationPlan", (await server.WaitForAsync(caseId, c => c.Stage == "RemediationPlan", "accepted findings")).Stage);
        Assert.Equal(Thai, (await server.StoredCaseAsync(caseId)).RootCause);
    }

    [Fact]
    public async Task Three_hundred_tiny_payments_to_one_worker_are_refused_before_they_are_queued()
    {
        await using var server = await ApiServer.StartAsync();
        using var supplier = server.Client(server.Keys.Supplier);
        using var caseworker = server.Client(server.Keys.Caseworker);
        var caseId = await server.OpenInInvestigationAsync("TINY-1");
        await supplier.SendAsync(Requests.Waiting($"cases/{caseId}/findings", Bodies.Findings(3)));
        await caseworker.SendAsync(Requests.Waiting($"cases/{caseId}/findings/decision", new { accept = true }));
        var plan = Bodies.Plan(3, DateTimeOffset.UtcNow.AddDays(10), DateTimeOffset.UtcNow.AddDays(20));
        await supplier.SendAsync(Requests.Waiting($"cases/{caseId}/plan", plan));
        await caseworker.SendAsync(Requests.Waiting($"cases/{caseId}/plan/decision", new { approve = true }));
        await server.WaitForAsync(caseId, c => c.Stage == "Reimbursement", "approved plan");
        var tiny = new
        {
            payments = Enumerable.Range(0, 300)
                .Select(i => new { @ref = "W-1", paymentId = $"tiny-{i}", amount = 0.01m, currency = "THB", paidOn = "2026-01-15", method = "cash" }),
        };

        var response = await supplier.PostAsJsonAsync($"cases/{caseId}/payments", tiny);
        var note = await supplier.SendAsync(Requests.Waiting($"cases/{caseId}/notes", new { text = "Payroll follows." }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("fewer, larger payments", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, note.StatusCode);
        Assert.Equal("0.00", (await server.WaitForAsync(caseId, _ => true, "the case")).Totals.Single().Paid);
    }

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
}
