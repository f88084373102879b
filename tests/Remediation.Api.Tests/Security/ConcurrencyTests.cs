using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Remediation.Api.Tests.Builders;
using Remediation.Domain.Timeline;

namespace Remediation.Api.Tests.Security;

public class ConcurrencyTests
{
    [Fact]
    public async Task A_hundred_concurrent_identical_intakes_create_exactly_one_case()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);

        var responses = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => partner.PostAsJsonAsync("cases", Bodies.Grievance("RACE-1"))));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetString()));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(99, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Single(ids.Distinct());
        var list = await server.Client(server.Keys.Caseworker).GetFromJsonAsync<JsonElement>("cases");
        Assert.Equal(1, list.GetProperty("items").GetArrayLength());
        Assert.Equal(3, (await server.WaitForAsync(ids[0]!, _ => true, "the case")).Workers.Total);
    }

    [Fact]
    public async Task A_hundred_concurrent_conflicting_decisions_leave_the_case_consistent()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        using var caseworker = server.Client(server.Keys.Caseworker);
        var caseId = (await (await partner.PostAsJsonAsync("cases", Bodies.Grievance("RACE-2"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetString()!;

        var responses = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => i % 2 == 0
            ? caseworker.PostAsJsonAsync($"cases/{caseId}/triage", new { accept = true, supplierId = "SUP-1" })
            : caseworker.PostAsJsonAsync($"cases/{caseId}/triage", new { accept = false, reason = $"Rejected by decision {i}." })));
        var accepted = responses.Count(r => r.StatusCode == HttpStatusCode.Accepted);
        var timeline = server.Services.GetRequiredService<ITimelineStore>();
        var until = DateTime.UtcNow.AddSeconds(60);
        IReadOnlyList<TimelineEntry> entries;
        do
        {
            await Task.Delay(200);
            entries = (await timeline.GetAsync(caseId, new Domain.Paging.PageRequest(1000, null))).Items;
        }
        while (entries.Count(e => e.Kind is "triage.accepted" or "triage.rejected" or "command.rejected") < accepted && DateTime.UtcNow < until);

        var @case = await server.StoredCaseAsync(caseId);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.Conflict, r.StatusCode.ToString()));
        Assert.Single(entries, e => e.Kind is "triage.accepted" or "triage.rejected");
        Assert.Equal(accepted - 1, entries.Count(e => e.Kind == "command.rejected"));
        Assert.True(@case.Stage is Domain.Cases.Stage.SupplierAcknowledgement or Domain.Cases.Stage.Closed, @case.Stage.ToString());
        Assert.Equal(@case.Stage == Domain.Cases.Stage.Closed, entries.Any(e => e.Kind == "triage.rejected"));
        Assert.True((await timeline.VerifyAsync(caseId)).Intact);
    }
}
