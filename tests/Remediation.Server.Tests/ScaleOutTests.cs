using Azure.Data.Tables;
using Remediation.Testing;
using Xunit.Abstractions;

namespace Remediation.Server.Tests;

/// <summary>
/// Two servers on one storage account and task hub share the cases through the backend's partition leases; when one
/// is killed with SIGKILL, the other takes its partitions over and every case still closes with exact totals.
/// </summary>
public class ScaleOutTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Two_servers_share_the_cases_and_one_finishes_them_all_after_the_other_is_killed()
    {
        await using var first = await ServerProcess.StartAsync();
        await using var second = await first.StartSiblingAsync();
        using var viaFirst = await ApiDriver.ConnectAsync(first);
        using var viaSecond = await ApiDriver.ConnectAsync(second);
        var partitions = await PartitionTableAsync(first.TaskHub);

        // Both servers hold partitions of the task hub before anything is sent.
        var owners = await WaitForOwnersAsync(partitions, o => o.Count == 2, "both servers to hold partitions");
        output.WriteLine($"partition owners before the kill: {string.Join(", ", owners.Select(o => $"{o.Key}={o.Value}"))}");

        // Commands go to both servers: each case is opened through one and driven through the other.
        var drivers = new[] { viaFirst, viaSecond };
        var cases = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => drivers[i % 2].OpenAsync($"SCALE-{i:D2}", workers: 3)));
        await Task.WhenAll(cases.Select((caseId, i) => CaseJourneys.DriveToAsync(drivers[(i + 1) % 2], caseId, i % 5)));
        await Task.WhenAll(cases.Select((caseId, i) => i % 5 == 3 ? viaSecond.PayAsync(caseId, 1m, "rest", wait: false) : Task.CompletedTask));

        await second.KillAsync();
        output.WriteLine("second server killed with SIGKILL");
        var started = DateTime.UtcNow;
        await Task.WhenAll(cases.Select(caseId => CaseJourneys.FinishAsync(viaFirst, caseId)));
        output.WriteLine($"all {cases.Length} cases closed through the first server {(DateTime.UtcNow - started).TotalSeconds:F1} s after the kill");

        owners = await WaitForOwnersAsync(partitions, o => o.Count == 1 && o.ContainsKey(first.WorkerId), "the first server to hold every partition");
        output.WriteLine($"partition owners after the kill: {string.Join(", ", owners.Select(o => $"{o.Key}={o.Value}"))}");
        foreach (var caseId in cases)
        {
            await CaseJourneys.AssertRemediatedExactlyAsync(viaFirst, caseId);
        }
    }

    /// <summary>The backend's partition table: one row per control-queue partition, with its current owner.</summary>
    private static async Task<TableClient> PartitionTableAsync(string taskHub) =>
        new TableServiceClient(await TestStorage.ConnectionStringAsync()).GetTableClient(taskHub + "Partitions");

    private async Task<Dictionary<string, int>> WaitForOwnersAsync(TableClient partitions, Func<Dictionary<string, int>, bool> condition, string what)
    {
        var until = DateTime.UtcNow.AddMinutes(2);
        var owners = new Dictionary<string, int>();
        while (DateTime.UtcNow < until)
        {
            owners = [];
            await foreach (var row in partitions.QueryAsync<TableEntity>())
            {
                if (row.GetString("CurrentOwner") is { Length: > 0 } owner)
                {
                    owners[owner] = owners.GetValueOrDefault(owner) + 1;
                }
            }

            if (condition(owners))
            {
                return owners;
            }

            await Task.Delay(250);
        }

        output.WriteLine($"owners: {string.Join(", ", owners.Select(o => $"{o.Key}={o.Value}"))}");
        Assert.Fail($"Timed out waiting for {what}");
        return owners;
    }
}
