using System.Net.Http.Json;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Remediation.Api.Tests.Builders;
using Remediation.Storage;

namespace Remediation.Api.Tests.Http;

public class TimelineVerifyTests
{
    [Fact]
    public async Task The_verify_route_reports_an_intact_chain_and_then_the_first_tampered_entry()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        var caseId = (await (await partner.PostAsJsonAsync("cases", Bodies.Grievance("VERIFY-1"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetString()!;
        foreach (var text in new[] { "First interview round done.", "Second interview round done." })
        {
            await partner.PostAsJsonAsync($"cases/{caseId}/notes", new { text });
        }

        await server.WaitForAsync(caseId, _ => true, "the case");
        var until = DateTime.UtcNow.AddSeconds(20);
        JsonElement intact;
        do
        {
            intact = await partner.GetFromJsonAsync<JsonElement>($"cases/{caseId}/timeline/verify");
        }
        while (intact.GetProperty("entriesChecked").GetInt32() < 3 && DateTime.UtcNow < until && await Task.Delay(50).ContinueWith(_ => true));

        var tables = server.Services.GetRequiredService<RemediationTables>();
        var row = (await tables.Timeline.GetEntityAsync<TableEntity>(caseId, "e|000000000002")).Value;
        row["Description"] = "First interview round found nothing.";
        await tables.Timeline.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace);
        var broken = await partner.GetFromJsonAsync<JsonElement>($"cases/{caseId}/timeline/verify");

        Assert.True(intact.GetProperty("intact").GetBoolean());
        Assert.Equal(3, intact.GetProperty("entriesChecked").GetInt32());
        Assert.False(broken.GetProperty("intact").GetBoolean());
        Assert.Equal(2, broken.GetProperty("firstBrokenSequence").GetInt32());
    }
}
