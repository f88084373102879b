using System.Net;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Remediation.Api.Tests.Builders;
using Remediation.Domain.Cases;
using Remediation.Workflows.Orchestration;

namespace Remediation.Api.Tests.Http;

/// <summary>
/// A caller that waits (<c>Prefer: wait</c>) has its command applied in the request; the case's orchestration is woken
/// only when the command brought the clock forward or closed the case.
/// </summary>
public class WaitingCommandTests
{
    [Fact]
    public async Task Waiting_commands_wake_the_engine_only_when_they_bring_the_clock_forward_or_close_the_case()
    {
        await using var server = await ApiServer.StartAsync();
        var durable = server.Services.GetRequiredService<DurableTaskClient>();
        var caseId = await server.OpenAsync("MWRN-WAKE-001");
        var opened = await StatusAsync(durable, caseId, s => s.Stage == Stage.Triage);
        using var caseworker = server.Client(server.Keys.Caseworker);
        using var supplier = server.Client(server.Keys.Supplier);

        // Triage and acknowledgement each set a later deadline (7, then 30 days): the timer set for triage's fires first.
        // Each command's drain finishes (it runs on after the answer) before the next is sent: a command that finds another
        // still waiting rightly wakes the engine, which on a busy machine would add a round this test does not count.
        var drains = server.Services.GetRequiredService<Remediation.Workflows.Handling.RequestDrains>();
        var triaged = await caseworker.SendAsync(Requests.Waiting($"cases/{caseId}/triage", new { accept = true, supplierId = "SUP-1" }));
        await drains.StopAsync(CancellationToken.None);
        var acknowledged = await supplier.SendAsync(Requests.Waiting($"cases/{caseId}/acknowledgement", new { }));
        await drains.StopAsync(CancellationToken.None);
        // Submitted findings give the caseworker 5 days to decide: earlier than the investigation's 30, so the engine must hear.
        var submitted = await supplier.SendAsync(Requests.Waiting($"cases/{caseId}/findings", Bodies.Findings(3)));
        await drains.StopAsync(CancellationToken.None);
        var review = (await server.StoredCaseAsync(caseId)).Deadline;
        // A new generation's round 0 is its opening drain; from round 1 on it waits. Reading round 0 would count that
        // opening drain as a wake-up.
        var woken = await StatusAsync(durable, caseId, s => s.Deadline == review && s.CommandsThisGeneration >= 1);

        // Notes change no clock; closing ends the orchestration. Each wake-up the orchestration receives is one round
        // of its generation, so the rounds count the wake-ups: one, for the close. The notes go one after the other, each
        // drain finished: a note that found the other's drain still running would rightly wake the engine.
        var noted = new List<HttpResponseMessage>();
        foreach (var i in Enumerable.Range(1, 2))
        {
            noted.Add(await caseworker.SendAsync(Requests.Waiting($"cases/{caseId}/notes", new { text = $"Call with the partner, part {i}." })));
            await drains.StopAsync(CancellationToken.None);
        }

        var closed = await caseworker.SendAsync(Requests.Waiting($"cases/{caseId}/close", new { outcome = "withdrawn", reason = "Withdrawn." }));
        var ended = await StatusAsync(durable, caseId, s => s.Stage == Stage.Closed);
        await InstanceAsync(durable, caseId, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Completed, "the orchestration to end");

        Assert.Equal(
            (HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK),
            (triaged.StatusCode, acknowledged.StatusCode, submitted.StatusCode, closed.StatusCode));
        Assert.All(noted, n => Assert.Equal(HttpStatusCode.OK, n.StatusCode));
        // Woken once, from Triage straight to Investigation: one new generation, not one per stage passed through.
        Assert.Equal((Stage.Investigation, opened.Generation + 1), (woken.Stage, woken.Generation));
        Assert.Equal((woken.Generation, woken.CommandsThisGeneration + 1), (ended.Generation, ended.CommandsThisGeneration));
    }

    /// <summary>The orchestration's custom status once <paramref name="condition"/> holds.</summary>
    private static async Task<CaseStatus> StatusAsync(DurableTaskClient durable, string caseId, Func<CaseStatus, bool> condition) =>
        (await InstanceAsync(
            durable, caseId, i => i.ReadCustomStatusAs<CaseStatus>() is { } status && condition(status), "the status waited for"))
            .ReadCustomStatusAs<CaseStatus>()!;

    /// <summary>The case's orchestration once <paramref name="condition"/> holds; fails after 30 seconds.</summary>
    private static async Task<OrchestrationMetadata> InstanceAsync(
        DurableTaskClient durable, string caseId, Func<OrchestrationMetadata, bool> condition, string what)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (await durable.GetInstanceAsync(caseId, getInputsAndOutputs: true) is { } instance && condition(instance))
            {
                return instance;
            }

            Assert.True(DateTime.UtcNow < until, $"the orchestration of {caseId} never reached {what}");
            await Task.Delay(50);
        }
    }
}
