using Remediation.Domain.Cases;
using Remediation.Domain.Confirmations;
using Remediation.Domain.Ledger;
using Remediation.Domain.Tests.Builders;

namespace Remediation.Domain.Tests.Ledger;

public class ReceiptSourceCountTests
{
    [Fact]
    public void The_summary_counts_workers_with_a_receipt_and_those_who_confirmed_it_themselves()
    {
        var lines = CaseScenario.InStage(Stage.Verification).Lines;
        var summary = LedgerSummary.Of(lines);
        Assert.Equal(0, summary.WorkersWithReceipt);

        var paid = lines[0].Paid.WithoutZeros().Amounts[0];
        var byPartner = lines[0].RecordReceipt(CaseScenario.Receipt(paid, received: true)).Line;
        var own = CaseScenario.Receipt(lines[1].Paid.WithoutZeros().Amounts[0], received: true) with { Method = WorkerAnswer.Method };
        var byWorker = lines[1].RecordReceipt(own).Line;
        var after = summary.ReplaceAll([(lines[0], byPartner), (lines[1], byWorker)]);

        Assert.Equal(2, after.WorkersWithReceipt);
        Assert.Equal(1, after.WorkersSelfConfirmed);

        // A second receipt on the same line does not count the worker twice.
        var again = byWorker.RecordReceipt(own with { Id = "rc-again" }).Line;
        var twice = after.Replace(byWorker, again);
        Assert.Equal(2, twice.WorkersWithReceipt);
        Assert.Equal(1, twice.WorkersSelfConfirmed);
    }
}
