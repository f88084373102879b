using System.Text.Json;
using Remediation.Domain.Cases;
using Remediation.Domain.Parties;
using Remediation.Workflows.Commands.Payments;
using Remediation.Workflows.Tests.Builders;

namespace Remediation.Workflows.Tests.Flows;

public class RejectionTests
{
    [Fact]
    public async Task A_command_in_the_wrong_stage_is_rejected_with_its_reason_and_changes_nothing_else()
    {
        await using var world = await CaseWorld.StartAsync(TimeSpan.FromMinutes(1));
        var journey = await CaseJourney.OpenAsync(world);
        await journey.TriageAsync();
        var before = (await world.Cases.GetAsync(journey.CaseId))!.Value;
        var ledgerBefore = JsonSerializer.Serialize(await world.LinesAsync(journey.CaseId));
        var payment = new PaymentsPayload([new PaymentPayload("W-1", "p-early", 20000m, "THB", new DateOnly(2026, 1, 15), "cash")]);

        var after = await world.SendAsync(journey.CaseId, CaseCommand.RecordPayments, CaseWorld.Supplier, payment, "cmd-early-payment");

        // Saved once more only to remember the command (its revision moves on); nothing else changed.
        Assert.Equal(before.Revision + 1, after.Revision);
        Assert.Equal(JsonSerializer.Serialize(before with { RecentCommandIds = after.RecentCommandIds, Revision = after.Revision }), JsonSerializer.Serialize(after));
        Assert.Contains("cmd-early-payment", after.RecentCommandIds);
        Assert.Equal(ledgerBefore, JsonSerializer.Serialize(await world.LinesAsync(journey.CaseId)));
        Assert.True((await world.Ledger.GetSummaryAsync(journey.CaseId)).Paid.IsZero);
        var rejection = (await world.TimelineAsync(journey.CaseId))[^1];
        Assert.Equal(CaseEventKinds.CommandRejected, rejection.Kind);
        Assert.Equal((Role.Supplier, "SUP-1"), (rejection.ActorRole, rejection.ActorPartyId));
        Assert.Contains(
            "Recording payments is not allowed while the case is in SupplierAcknowledgement", rejection.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_payment_beyond_what_is_owed_is_rejected_and_no_payment_of_its_batch_is_recorded()
    {
        await using var world = await CaseWorld.StartAsync(TimeSpan.FromMinutes(1));
        var journey = await CaseJourney.OpenAsync(world);
        await journey.ToReimbursementAsync();

        var after = await world.SendAsync(journey.CaseId, CaseCommand.RecordPayments, CaseWorld.Supplier, new PaymentsPayload([
            new PaymentPayload("W-1", "p-1", 10000m, "THB", new DateOnly(2026, 1, 15), "bank_transfer"),
            new PaymentPayload("W-3", "p-3", 5000.26m, "THB", new DateOnly(2026, 1, 15), "bank_transfer"),
        ]));

        Assert.Equal(Stage.Reimbursement, after.Stage);
        Assert.True((await world.Ledger.GetSummaryAsync(journey.CaseId)).Paid.IsZero);
        var rejection = (await world.TimelineAsync(journey.CaseId))[^1];
        Assert.Equal(CaseEventKinds.CommandRejected, rejection.Kind);
        Assert.Contains("more than the 5000.25 THB confirmed and still unpaid", rejection.Description, StringComparison.Ordinal);
    }
}
