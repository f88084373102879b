using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Remediation.Api.Tests.Builders;

namespace Remediation.Api.Tests.Http;

/// <summary>A case's whole life through the API only: partner, caseworker, supplier, partner, caseworker.</summary>
public class ApiLifecycleTests
{
    [Fact]
    public async Task A_case_goes_through_every_route_from_intake_to_remediated()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        using var supplier = server.Client(server.Keys.Supplier);
        using var caseworker = server.Client(server.Keys.Caseworker);

        var created = await partner.PostAsJsonAsync("cases", Bodies.Grievance("MWRN-2016-001", workers: 2));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var caseId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetString()!;
        Assert.Equal($"/api/v1/cases/{caseId}", created.Headers.Location!.ToString());
        var replay = await partner.PostAsJsonAsync("cases", Bodies.Grievance("MWRN-2016-001", workers: 2));
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(caseId, (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetString());

        await Accepted(partner.PostAsync($"cases/{caseId}/workers", Csv("ref,nationality,hiredOn,employmentStatus,category,amount,currency,paidTo,paidOn\r\nW-3,MM,2016-04-01,former,recruitment_fee,20000.50,THB,agent,2015-12-01\r\n")));
        await server.WaitForAsync(caseId, c => c.Workers.Total == 3, "the added worker");
        await Accepted(caseworker.PostAsJsonAsync($"cases/{caseId}/triage", new { accept = true, supplierId = "SUP-1", contracts = new[] { "CCS-RM6068-001" }, priority = "standard" }));
        await server.WaitForAsync(caseId, c => c.Stage == "SupplierAcknowledgement", "triage");
        await Accepted(supplier.PostAsync($"cases/{caseId}/acknowledgement", null));
        await server.WaitForAsync(caseId, c => c.Stage == "Investigation", "acknowledgement");
        await Accepted(supplier.PostAsJsonAsync($"cases/{caseId}/findings", Bodies.Findings(3)));
        await server.WaitForAsync(caseId, c => c.FindingsAwaitingDecision, "submitted findings");
        await Accepted(caseworker.PostAsJsonAsync($"cases/{caseId}/notes", new { text = "Findings reviewed with the monitoring partner." }));
        await Accepted(caseworker.PostAsJsonAsync($"cases/{caseId}/findings/decision", new { accept = true }));
        await server.WaitForAsync(caseId, c => c.Stage == "RemediationPlan", "accepted findings");
        var now = DateTimeOffset.UtcNow;
        await Accepted(supplier.PostAsJsonAsync($"cases/{caseId}/plan", Bodies.Plan(3, now.AddDays(20), now.AddDays(40))));
        await server.WaitForAsync(caseId, c => c.PlanAwaitingDecision, "submitted plan");
        await Accepted(caseworker.PostAsJsonAsync($"cases/{caseId}/deadline-extensions", new { newDeadline = now.AddDays(30), reason = "Plan review needs the buyer's finance team." }));
        await Accepted(caseworker.PostAsJsonAsync($"cases/{caseId}/plan/decision", new { approve = true }));
        await server.WaitForAsync(caseId, c => c.Stage == "Reimbursement", "approved plan");
        var listed = (await caseworker.GetFromJsonAsync<JsonElement>("cases?stage=Reimbursement")).GetProperty("items")[0];
        Assert.Equal(("MWRN-2016-001", "supplier", "THB", "60001.50"), (listed.GetProperty("partnerReference").GetString(),
            listed.GetProperty("waitingFor").GetString(), listed.GetProperty("outstanding")[0].GetProperty("currency").GetString(),
            listed.GetProperty("outstanding")[0].GetProperty("amount").GetString()));
        Assert.False(string.IsNullOrEmpty(listed.GetProperty("factory").GetProperty("name").GetString()));
        await Accepted(supplier.PostAsync($"cases/{caseId}/payments", Csv(Bodies.PaymentsCsv(3))));
        await server.WaitForAsync(caseId, c => c.Stage == "Verification", "full payment");
        var plan = (await caseworker.GetFromJsonAsync<JsonElement>($"cases/{caseId}")).GetProperty("plan");
        Assert.All(plan.EnumerateArray(), i => Assert.True(i.GetProperty("met").GetBoolean()));
        Assert.All(plan.EnumerateArray(), i => Assert.Equal(i.GetProperty("amounts").GetRawText(), i.GetProperty("paid").GetRawText()));
        // Partners collect receipt confirmations in spreadsheets: these come as an .xlsx workbook.
        string[] receiptHeader = ["ref", "receiptId", "received", "amount", "currency", "method", "retaliationReported", "confirmedOn"];
        var receipts = new ByteArrayContent(Workbook.Of([receiptHeader, .. Enumerable.Range(1, 3).Select(i => new[] { $"W-{i}", $"rc-{i}", "yes", "20000.50", "THB", "bank_transfer", "no", "2026-02-01" })]));
        receipts.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(Workbook.ContentType);
        await Accepted(partner.PostAsync($"cases/{caseId}/verifications", receipts));
        await Accepted(partner.PostAsJsonAsync($"cases/{caseId}/retaliation-reports", new { description = "A supervisor threatened interviewed workers with dismissal." }));
        await server.WaitForAsync(caseId, c => c.Priority == "priority" && c.Workers.ByStatus.GetValueOrDefault("Verified") == 3, "receipts and retaliation");
        await Accepted(caseworker.PostAsJsonAsync($"cases/{caseId}/close", new { outcome = "remediated" }));
        var closed = await server.WaitForAsync(caseId, c => c.Stage == "Closed", "closing");

        Assert.Equal("Remediated", closed.Outcome);
        var thb = Assert.Single(closed.Totals);
        Assert.Equal(("THB", "60001.50", "60001.50", "60001.50", "60001.50", "0.00"), (thb.Currency, thb.Claimed, thb.Confirmed, thb.Paid, thb.Verified, thb.Outstanding));

        var list = await caseworker.GetFromJsonAsync<JsonElement>("cases?stage=Closed");
        Assert.Equal(caseId, list.GetProperty("items")[0].GetProperty("caseId").GetString());
        var timeline = await partner.GetFromJsonAsync<JsonElement>($"cases/{caseId}/timeline");
        Assert.Contains(timeline.GetProperty("items").EnumerateArray(), e => e.GetProperty("kind").GetString() == "retaliation.reported");
        var workers = await supplier.GetFromJsonAsync<JsonElement>($"cases/{caseId}/workers?pageSize=2");
        Assert.Equal(2, workers.GetProperty("items").GetArrayLength());
        var next = await supplier.GetFromJsonAsync<JsonElement>($"cases/{caseId}/workers?pageSize=2&continuationToken={Uri.EscapeDataString(workers.GetProperty("continuationToken").GetString()!)}");
        Assert.Equal("W-3", next.GetProperty("items")[0].GetProperty("ref").GetString());
        var summary = await caseworker.GetFromJsonAsync<JsonElement>("reports/summary");
        Assert.Equal("60001.50", summary.GetProperty("totals")[0].GetProperty("verified").GetString());
        Assert.Equal(1, summary.GetProperty("casesByStage").GetProperty("Closed").GetInt32());
        Assert.Equal(
            ["Investigation", "Reimbursement", "RemediationPlan", "SupplierAcknowledgement", "Triage", "Verification"],
            summary.GetProperty("medianDaysInStage").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(summary.GetProperty("medianDaysInStage").EnumerateObject(), p => Assert.True(p.Value.GetDecimal() >= 0));
        var month = Assert.Single(summary.GetProperty("paymentsByMonth").EnumerateArray());
        Assert.Equal("2026-01", month.GetProperty("month").GetString());
        Assert.Equal(("THB", "60001.50"), (month.GetProperty("amounts")[0].GetProperty("currency").GetString(), month.GetProperty("amounts")[0].GetProperty("amount").GetString()));
        var csv = await caseworker.GetStringAsync("reports/cases.csv");
        Assert.StartsWith("caseId,partnerId,supplierId", csv, StringComparison.Ordinal);
        Assert.Contains(caseId, csv, StringComparison.Ordinal);
        Assert.DoesNotContain("W-1", csv, StringComparison.Ordinal);
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private static async Task Accepted(Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{response.RequestMessage!.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
