using Remediation.Domain.Cases;
using Remediation.Workflows.Commands;
using Remediation.Workflows.Tests.Builders;

namespace Remediation.Workflows.Tests.Flows;

public class LargePayloadTests
{
    [Fact]
    public async Task A_payment_batch_too_large_for_an_event_travels_by_reference_is_applied_and_its_stored_payload_then_deleted()
    {
        await using var world = await CaseWorld.StartAsync(TimeSpan.FromMinutes(1));
        var intake = new IntakeBuilder();
        for (var i = 1; i <= 400; i++)
        {
            intake.WithWorker($"MM-{i:D4}", ("recruitment_fee", 20000m + i, "THB"));
        }

        var journey = await CaseJourney.OpenAsync(world, intake);
        await journey.ToReimbursementAsync();
        var payments = Payloads.Pay(await world.LinesAsync(journey.CaseId), 1m, "payroll-2019-12");
        var envelope = await world.Sender.EnvelopeAsync(journey.CaseId, "payroll-2019-12-batch", CaseCommand.RecordPayments, CaseWorld.Supplier, CommandJson.Serialize(payments));

        var paid = await world.SendAsync(journey.CaseId, CaseCommand.RecordPayments, CaseWorld.Supplier, payments, envelope.CommandId);
        await world.WaitForEmptyInboxAsync(journey.CaseId);

        Assert.True(CommandJson.Serialize(payments).Length > 16 * 1024);
        Assert.Null(envelope.Payload);
        Assert.NotNull(envelope.PayloadRef);
        Assert.True(CommandJson.Serialize(envelope).Length < 1024);
        Assert.Equal(Stage.Verification, paid.Stage);
        var summary = await world.Ledger.GetSummaryAsync(journey.CaseId);
        Assert.Equal(400 * 20000m + (400 * 401 / 2), summary.Paid.Amounts.Single().Amount);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => world.Payloads.GetAsync(envelope.PayloadRef!));
    }
}
