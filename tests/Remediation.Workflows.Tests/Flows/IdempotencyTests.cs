using Remediation.Domain.Cases;
using Remediation.Domain.Currencies;
using Remediation.Domain.Parties;
using Remediation.Workflows.Commands;
using Remediation.Workflows.Tests.Builders;

namespace Remediation.Workflows.Tests.Flows;

public class IdempotencyTests
{
    [Fact]
    public async Task The_same_command_id_delivered_twice_changes_nothing_the_second_time()
    {
        await using var world = await CaseWorld.StartAsync(TimeSpan.FromMinutes(1));
        var journey = await CaseJourney.OpenAsync(world);
        await journey.ToReimbursementAsync();
        var payments = Payloads.Pay(await world.LinesAsync(journey.CaseId), 0.5m, "half");

        await world.SendAsync(journey.CaseId, CaseCommand.RecordPayments, CaseWorld.Supplier, payments, "cmd-pay-half");
        var afterFirst = await world.Ledger.GetSummaryAsync(journey.CaseId);
        await world.Sender.SendAsync(journey.CaseId, "cmd-pay-half", CaseCommand.RecordPayments, CaseWorld.Supplier, payments);
        await world.SendAsync(journey.CaseId, CaseCommand.AddNote, CaseWorld.Supplier, new Commands.Note.NotePayload("second delivery sent"));
        var afterSecond = await world.Ledger.GetSummaryAsync(journey.CaseId);

        Assert.Equal(MoneyTotals.Of(Money.Of(12650.37m, "THB"), Money.Of(750m, "USD")), afterFirst.Paid);
        Assert.Equal(afterFirst.Paid, afterSecond.Paid);
        Assert.Single(await world.TimelineAsync(journey.CaseId), e => e.Kind == CaseEventKinds.PaymentsRecorded);
        await world.WaitForEmptyInboxAsync(journey.CaseId);
    }

    [Fact]
    public async Task An_activity_retried_after_applying_its_command_counts_the_money_once()
    {
        await using var world = await CaseWorld.StartAsync(TimeSpan.FromMinutes(1));
        var journey = await CaseJourney.OpenAsync(world);
        await journey.ToReimbursementAsync();
        var json = CommandJson.Serialize(Payloads.Pay(await world.LinesAsync(journey.CaseId), 1m, "all"));
        var envelope = await world.Sender.EnvelopeAsync(journey.CaseId, "cmd-retried", CaseCommand.RecordPayments, CaseWorld.Supplier, json);

        var first = await world.Processor.ApplyAsync(envelope);
        var retry = await world.Processor.ApplyAsync(envelope);

        Assert.True(first.Applied);
        Assert.True(retry.WasDuplicate);
        var summary = await world.Ledger.GetSummaryAsync(journey.CaseId);
        Assert.Equal(summary.Confirmed, summary.Paid);
        Assert.Equal(Stage.Verification, retry.Schedule!.Stage);
    }
}
