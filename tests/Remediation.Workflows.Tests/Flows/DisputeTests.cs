using Remediation.Domain.Cases;
using Remediation.Domain.Ledger;
using Remediation.Workflows.Commands.Receipts;
using Remediation.Workflows.Tests.Builders;

namespace Remediation.Workflows.Tests.Flows;

public class DisputeTests
{
    [Fact]
    public async Task A_disputed_receipt_sends_the_case_back_to_reimbursement_until_paid_and_verified()
    {
        await using var world = await CaseWorld.StartAsync(TimeSpan.FromMinutes(1));
        var journey = await CaseJourney.OpenAsync(world);
        await journey.ToReimbursementAsync();
        Assert.Equal(Stage.Verification, (await journey.PayAsync(1m, "all")).Stage);

        // W-1 says only 17,000 of the 20,000 THB arrived.
        var disputed = await world.SendAsync(journey.CaseId, CaseCommand.RecordReceipts, CaseWorld.Partner, new ReceiptsPayload([
            new ReceiptPayload("W-1", "rc-w1", true, 17000m, "THB", "bank_transfer", false, new DateOnly(2026, 2, 1)),
        ]));
        Assert.Equal(Stage.Reimbursement, disputed.Stage);
        var owedAgain = await world.Ledger.GetLineAsync(journey.CaseId, "W-1");
        Assert.Equal(LedgerLineStatus.Disputed, owedAgain!.Status);
        Assert.Equal(3000m, owedAgain.Outstanding.Amounts.Single().Amount);

        var repaid = await journey.PayAsync(1m, "repay");
        Assert.Equal(Stage.Verification, repaid.Stage);
        await journey.ConfirmReceiptsAsync("reinterview");
        var closed = await journey.CloseRemediatedAsync();

        Assert.Equal(CaseOutcome.Remediated, closed.Outcome);
        var summary = await world.Ledger.GetSummaryAsync(journey.CaseId);
        Assert.Equal(summary.Confirmed, summary.Paid);
        Assert.Equal(summary.Confirmed, summary.Verified);
        Assert.Equal(3, summary.Count(LedgerLineStatus.Verified));
        var w1 = await world.Ledger.GetLineAsync(journey.CaseId, "W-1");
        Assert.Equal([20000m, 3000m], w1!.Payments.Select(p => p.Amount.Amount));
        Assert.Contains(await world.TimelineAsync(journey.CaseId), e => e.Kind == CaseEventKinds.ReceiptDisputed);
    }
}
