using Azure.Data.Tables;
using Remediation.Contracts.Commands;
using Remediation.Testing;

namespace Remediation.Server.Tests;

/// <summary>Finished orchestrations' engine history is purged after the retention; the case's timeline stays the record.</summary>
public class HistoryRetentionTests
{
    [Fact]
    public async Task A_closed_case_loses_its_engine_history_after_the_retention_and_keeps_its_timeline()
    {
        await using var server = await ServerProcess.StartAsync(settings: new Dictionary<string, string>
        {
            ["Remediation__History__Retention"] = "00:00:01",
            ["REMEDIATION_HISTORY_PURGE_SCHEDULE"] = "*/2 * * * * *",
        });
        using var api = await ApiDriver.ConnectAsync(server);
        var open = await api.OpenAsync("PURGE-1", workers: 2);
        var rejected = await api.OpenAsync("PURGE-2", workers: 2);
        await api.TriageAsync(open);
        var service = new TableServiceClient(await TestStorage.ConnectionStringAsync());
        var instances = service.GetTableClient(server.TaskHub + "Instances");
        var history = service.GetTableClient(server.TaskHub + "History");

        await api.CaseworkerApi.TriageAsync(rejected, new TriageRequest { Accept = false, Reason = "Outside the buyer's supply chain." });
        await api.WaitAsync(rejected, c => ApiDriver.Stage(c) == "Closed");
        await WaitUntilAsync(async () => !await HasRowsAsync(instances, rejected) && !await HasRowsAsync(history, rejected));

        // The running case keeps its orchestration; the closed one keeps its whole timeline.
        Assert.True(await HasRowsAsync(instances, open));
        Assert.True(await HasRowsAsync(history, open));
        var timeline = await api.CaseworkerApi.GetTimelineAsync(rejected).ToListAsync();
        Assert.Equal("case.opened", timeline[0].Kind);
        Assert.Contains(timeline, e => e.Kind == "stage.changed" && e.Description.Contains("Closed", StringComparison.Ordinal));
        Assert.True((await api.CaseworkerApi.VerifyTimelineAsync(rejected)).Intact);
    }

    private static async Task<bool> HasRowsAsync(TableClient table, string instanceId)
    {
        await foreach (var _ in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {instanceId}"), maxPerPage: 1, select: ["PartitionKey"]))
        {
            return true;
        }

        return false;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(90);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "the closed case's engine history was not purged");
            await Task.Delay(250);
        }
    }
}
