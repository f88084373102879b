using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Remediation.Api.Tests.Builders;

namespace Remediation.Api.Tests.Security;

/// <summary>
/// A case closed while still in Triage was never accepted for its supplier: the supplier named at intake must not
/// see it on any route, find it in its list, or be told about it, then or after any later save.
/// </summary>
public class NeedToKnowTests
{
    [Theory]
    [InlineData("withdrawn")]
    [InlineData("unremediated")]
    public async Task A_case_closed_in_triage_is_404_on_every_route_for_the_supplier_and_never_announced_to_it(string outcome)
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        using var supplier = server.Client(server.Keys.Supplier);
        using var caseworker = server.Client(server.Keys.Caseworker);
        var partnerHook = await SubscribeAsync(partner);
        var supplierHook = await SubscribeAsync(supplier);
        var caseId = await server.OpenAsync("NTK-" + outcome);
        var evidence = await partner.PostAsync($"cases/{caseId}/evidence", Files.Pdf());
        var evidenceId = (await evidence.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("evidenceId").GetString();

        var close = await caseworker.PostAsJsonAsync($"cases/{caseId}/close", new { outcome, reason = "The partner withdrew the report." });
        Assert.Equal(HttpStatusCode.Accepted, close.StatusCode);
        await server.WaitForAsync(caseId, c => c.Stage == "Closed", "closing in triage");
        // A later save of the case (a note on the closed case) must not disclose it either.
        var note = await partner.PostAsJsonAsync($"cases/{caseId}/notes", new { text = "Closed at the partner's request." });
        var noteId = (await note.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("commandId").GetString();
        await WaitForDeliveryAsync(partner, partnerHook, "case.closed");

        foreach (var path in new[]
        {
            $"cases/{caseId}", $"cases/{caseId}/timeline", $"cases/{caseId}/timeline/verify", $"cases/{caseId}/workers",
            $"cases/{caseId}/evidence", $"cases/{caseId}/evidence/{evidenceId}", $"cases/{caseId}/commands/{noteId}",
        })
        {
            Assert.True(HttpStatusCode.NotFound == (await supplier.GetAsync(path)).StatusCode, $"supplier GET {path} is not 404");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await supplier.PostAsJsonAsync($"cases/{caseId}/notes", new { text = "Hello?" })).StatusCode);
        var listed = (await supplier.GetFromJsonAsync<JsonElement>("cases")).GetProperty("items").EnumerateArray();
        Assert.DoesNotContain(listed, c => c.GetProperty("caseId").GetString() == caseId);
        Assert.Empty(
            (await supplier.GetFromJsonAsync<JsonElement>($"subscriptions/{supplierHook}/deliveries")).GetProperty("items").EnumerateArray());
        Assert.Null((await server.StoredCaseAsync(caseId)).AcceptedAt);
    }

    private static async Task<string> SubscribeAsync(HttpClient party)
    {
        var created = await party.PostAsJsonAsync("subscriptions", new { url = "http://127.0.0.1:9/hooks/remediation" });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>The partner's delivery of the event shows that the fan-out for that event has happened.</summary>
    private static async Task WaitForDeliveryAsync(HttpClient party, string subscriptionId, string eventType)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var deliveries = (await party.GetFromJsonAsync<JsonElement>($"subscriptions/{subscriptionId}/deliveries")).GetProperty("items");
            if (deliveries.EnumerateArray().Any(d => d.GetProperty("eventType").GetString() == eventType))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < until, $"no {eventType} delivery for the partner");
            await Task.Delay(100);
        }
    }
}
