using System.Net.Http.Json;
using System.Text.Json;
using Remediation.Storage;
using Remediation.Storage.Timeline;
using Remediation.Testing;
using Xunit.Abstractions;

namespace Remediation.Server.Tests;

/// <summary>
/// Twenty cases in five different stages, commands still in flight, the server killed with SIGKILL and started again
/// on the same storage: every case must finish, with exact totals, no payment counted twice and an intact timeline.
/// </summary>
public class CrashTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_case_finishes_exactly_after_the_server_is_killed_mid_flight()
    {
        await using var server = await ServerProcess.StartAsync();
        using var api = await ApiDriver.ConnectAsync(server);
        var cases = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => api.OpenAsync($"CRASH-{i:D2}", workers: 3)));

        await Task.WhenAll(cases.Select((caseId, i) => CaseJourneys.DriveToAsync(api, caseId, i % 5)));
        var inFlight = cases.Select((caseId, i) => (i % 5) switch
        {
            3 => api.PayAsync(caseId, 1m, "rest", wait: false),
            0 => (Task)api.Caseworker.PostAsJsonAsync($"cases/{caseId}/triage", new { accept = true, supplierId = "SUP-CALCOMP" }),
            _ => Task.CompletedTask,
        }).ToList();
        await Task.WhenAll(inFlight);
        await server.KillAsync();
        output.WriteLine("killed with SIGKILL; restarting on the same storage and worker id");
        await server.RestartAsync();

        var started = DateTime.UtcNow;
        await Task.WhenAll(cases.Select(caseId => CaseJourneys.FinishAsync(api, caseId)));
        output.WriteLine($"all 20 cases finished {(DateTime.UtcNow - started).TotalSeconds:F1} s after the restart");

        var connection = await TestStorage.ConnectionStringAsync();
        var timelines = new TableTimelineStore(
            new RemediationTables(connection, server.TablePrefix), new RemediationBlobs(connection, server.TablePrefix), TestStorage.Keys);
        foreach (var caseId in cases)
        {
            await CaseJourneys.AssertRemediatedExactlyAsync(api, caseId);

            var verification = await timelines.VerifyAsync(caseId);
            Assert.True(verification.Intact, $"{caseId}: {verification.Problem}");
        }
    }
}
