using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Remediation.Domain.Cases;
using Remediation.Domain.Inbox;
using Remediation.Domain.Intake;
using Remediation.Workflows.Commands;
using Remediation.Workflows.Commands.AddWorkers;
using Remediation.Workflows.Commands.Note;
using Remediation.Workflows.Commands.Payments;
using Remediation.Workflows.Tests.Builders;

namespace Remediation.Workflows.Tests.Flows;

/// <summary>
/// Commands that got into a case's inbox but cannot be applied (each way in of issue 17, put straight into the inbox
/// as if the checks before queueing had been passed): each is refused with a reason on its status and the timeline,
/// the command behind it is applied, and the orchestration keeps running.
/// </summary>
public class PoisonCommandTests
{
    public static TheoryData<string> WaysIn() =>
        ["payload lost (two copies of one key)", "envelope unreadable", "worker reference with a line feed", "payments beyond what a line holds"];

    [Theory]
    [MemberData(nameof(WaysIn))]
    public async Task A_command_that_cannot_be_applied_is_refused_and_the_case_goes_on(string wayIn)
    {
        await using var world = await CaseWorld.StartAsync(TimeSpan.FromMinutes(1));
        var journey = await CaseJourney.OpenAsync(world);
        if (wayIn == "payments beyond what a line holds")
        {
            await journey.ToReimbursementAsync();
        }

        var poisonId = "poison-" + Guid.NewGuid().ToString("N")[..8];
        await PutInInboxAsync(world, journey.CaseId, poisonId, wayIn);

        var after = await world.SendAsync(journey.CaseId, CaseCommand.AddNote, CaseWorld.Partner, new NotePayload("The next command is applied."));

        Assert.True(after.HasSeen(poisonId));
        var timeline = await world.TimelineAsync(journey.CaseId);
        Assert.Contains(timeline, e => e.Kind == CaseEventKinds.CommandRejected && e.Description.Contains("was refused", StringComparison.Ordinal));
        Assert.Contains(timeline, e => e.Description.Contains("The next command is applied.", StringComparison.Ordinal));
        var status = await world.Host.Services.GetRequiredService<ICommandLog>().GetAsync(journey.CaseId, poisonId);
        if (status is not null)
        {
            Assert.Equal(CommandState.Refused, status.State);
            Assert.False(string.IsNullOrWhiteSpace(status.Refusal?.Reason));
        }

        await world.WaitForEmptyInboxAsync(journey.CaseId);
        var instance = await world.Client.GetInstanceAsync(journey.CaseId);
        Assert.Equal(OrchestrationRuntimeStatus.Running, instance!.RuntimeStatus);
    }

    private static async Task PutInInboxAsync(CaseWorld world, string caseId, string commandId, string wayIn)
    {
        var inbox = world.Host.Services.GetRequiredService<ICommandInbox>();
        var log = world.Host.Services.GetRequiredService<ICommandLog>();
        var now = DateTimeOffset.UtcNow;
        if (wayIn == "envelope unreadable")
        {
            await inbox.AddAsync(caseId, commandId, now, "{\"not\":\"an envelope\"", CancellationToken.None);
            return;
        }

        object payload = wayIn switch
        {
            "payments beyond what a line holds" => new PaymentsPayload([.. Enumerable.Range(0, Domain.Ledger.LedgerLine.MaxPayments + 1)
                .Select(i => new PaymentPayload("W-1", $"tiny-{i}", 0.01m, "THB", new DateOnly(2026, 1, 15), "bank_transfer"))]),
            "worker reference with a line feed" =>
                new AddWorkersPayload([new WorkerSubmission("TW-NL-1\n", "MM", new DateOnly(2016, 3, 1), "current", [])]),
            _ => new AddWorkersPayload([.. Enumerable.Range(1, 120)
                .Select(i => new WorkerSubmission($"LOST-{i:D4}", "MM", new DateOnly(2016, 3, 1), "current", []))]),
        };
        var kind = payload is PaymentsPayload ? CaseCommand.RecordPayments : CaseCommand.AddWorkers;
        var actor = payload is PaymentsPayload ? CaseWorld.Supplier : CaseWorld.Partner;
        var json = CommandJson.Serialize(payload);
        var envelope = await world.Sender.EnvelopeAsync(caseId, commandId, kind, actor, json);
        await log.QueuedAsync(new CommandRecord(caseId, commandId, kind, actor, now, CommandState.Queued));
        if (wayIn.StartsWith("payload lost", StringComparison.Ordinal))
        {
            // What a second copy's drain did to the first before the fix: its payload is gone.
            Assert.NotNull(envelope.PayloadRef);
            await world.Payloads.DeleteAsync(envelope.PayloadRef!);
        }

        await inbox.AddAsync(caseId, commandId, now, CommandJson.Serialize(envelope), CancellationToken.None);
    }
}
