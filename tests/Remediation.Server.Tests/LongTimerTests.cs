using Azure.Data.Tables;
using Remediation.Testing;
using Xunit.Abstractions;

namespace Remediation.Server.Tests;

/// <summary>
/// A deadline longer than a storage queue message can stay invisible (7 days): with real policy days (no shortened
/// day length), a standard investigation's 30-day deadline is waited for as a chain of timers of at most 3 days, as
/// the case's orchestration history on Azurite shows.
/// </summary>
public class LongTimerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_thirty_day_deadline_is_scheduled_as_timers_of_three_days_at_most()
    {
        await using var server = await ServerProcess.StartAsync();
        using var api = await ApiDriver.ConnectAsync(server);
        var caseId = await api.OpenAsync("TIMER-30", workers: 1);
        await api.TriageAsync(caseId);
        await api.AcknowledgeAsync(caseId);
        var acknowledged = DateTimeOffset.UtcNow;
        var deadline = (await api.GetAsync(caseId)).GetProperty("deadline").GetDateTimeOffset();
        var history = new TableServiceClient(await TestStorage.ConnectionStringAsync()).GetTableClient(server.TaskHub + "History");

        var timers = await WaitForTimersAsync(history, caseId, after: acknowledged.AddDays(1));

        foreach (var timer in timers)
        {
            output.WriteLine(
                $"TimerCreated FireAt {timer.FireAt:O} ({(timer.FireAt - timer.At).TotalDays:F3} days after it was set at {timer.At:O})");
        }

        output.WriteLine($"case deadline {deadline:O}");
        Assert.InRange(deadline - acknowledged, TimeSpan.FromDays(29.9), TimeSpan.FromDays(30.1));
        Assert.All(timers, t => Assert.True(t.FireAt - t.At <= TimeSpan.FromDays(3).Add(TimeSpan.FromMinutes(1)), $"a timer of {t.FireAt - t.At}"));
        Assert.Contains(timers, t => t.FireAt - t.At > TimeSpan.FromDays(2.9));
        Assert.DoesNotContain(timers, t => t.FireAt >= deadline.AddMinutes(-1));
    }

    /// <summary>The TimerCreated events of the case's current generation set after <paramref name="after"/> minus a day.</summary>
    private static async Task<List<(DateTimeOffset At, DateTimeOffset FireAt)>> WaitForTimersAsync(
        TableClient history, string caseId, DateTimeOffset after)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var timers = new List<(DateTimeOffset At, DateTimeOffset FireAt)>();
            await foreach (var row in history.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {caseId}")))
            {
                if (row.GetString("EventType") == "TimerCreated" && row.GetDateTimeOffset("FireAt") is { } fireAt && fireAt > after)
                {
                    timers.Add((row.GetDateTimeOffset("Timestamp") ?? row.Timestamp ?? DateTimeOffset.UtcNow, fireAt));
                }
            }

            if (timers.Count > 0)
            {
                return timers;
            }

            Assert.True(DateTime.UtcNow < until, "no timer of the investigation's deadline in the orchestration history");
            await Task.Delay(250);
        }
    }
}
