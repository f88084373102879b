using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Remediation.Api.Tests.Builders;

/// <summary>Cases taken through the API to the stage a test starts from.</summary>
internal static class Journeys
{
    /// <summary>A case of PART-1 against SUP-1 with <paramref name="workers"/> workers, all paid in full: now in Verification.</summary>
    public static async Task<string> ToVerificationAsync(ApiServer server, string reference, int workers = 3)
    {
        var caseId = await ToReimbursementAsync(server, reference, workers);
        using var supplier = server.Client(server.Keys.Supplier);
        await Accepted(supplier.PostAsync($"cases/{caseId}/payments", new StringContent(Bodies.PaymentsCsv(workers), Encoding.UTF8, "text/csv")));
        await server.WaitForAsync(caseId, c => c.Stage == "Verification", "full payment");
        return caseId;
    }

    public static async Task<string> ToReimbursementAsync(ApiServer server, string reference, int workers = 3)
    {
        using var supplier = server.Client(server.Keys.Supplier);
        using var caseworker = server.Client(server.Keys.Caseworker);
        var caseId = await server.OpenAsync(reference, Bodies.Grievance(reference, workers: workers));
        await Accepted(caseworker.PostAsJsonAsync($"cases/{caseId}/triage", new { accept = true, supplierId = "SUP-1", priority = "standard" }));
        await server.WaitForAsync(caseId, c => c.Stage == "SupplierAcknowledgement", "triage");
        await Accepted(supplier.PostAsync($"cases/{caseId}/acknowledgement", null));
        await server.WaitForAsync(caseId, c => c.Stage == "Investigation", "acknowledgement");
        await Accepted(supplier.PostAsJsonAsync($"cases/{caseId}/findings", Bodies.Findings(workers)));
        await server.WaitForAsync(caseId, c => c.FindingsAwaitingDecision, "submitted findings");
        await Accepted(caseworker.PostAsJsonAsync($"cases/{caseId}/findings/decision", new { accept = true }));
        await server.WaitForAsync(caseId, c => c.Stage == "RemediationPlan", "accepted findings");
        var now = DateTimeOffset.UtcNow;
        await Accepted(supplier.PostAsJsonAsync($"cases/{caseId}/plan", Bodies.Plan(workers, now.AddDays(20), now.AddDays(40))));
        await server.WaitForAsync(caseId, c => c.PlanAwaitingDecision, "submitted plan");
        await Accepted(caseworker.PostAsJsonAsync($"cases/{caseId}/plan/decision", new { approve = true }));
        await server.WaitForAsync(caseId, c => c.Stage == "Reimbursement", "approved plan");
        return caseId;
    }

    /// <summary>The partner issues codes (<paramref name="body"/>: workers or sample): each worker's code by reference.</summary>
    public static async Task<Dictionary<string, string>> CodesAsync(ApiServer server, string caseId, object body)
    {
        using var partner = server.Client(server.Keys.Partner);
        var issued = await partner.PostAsJsonAsync($"cases/{caseId}/confirmation-codes", body);
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        return (await issued.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("codes").EnumerateArray()
            .ToDictionary(c => c.GetProperty("ref").GetString()!, c => c.GetProperty("code").GetString()!);
    }

    public static async Task Accepted(Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{response.RequestMessage!.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
