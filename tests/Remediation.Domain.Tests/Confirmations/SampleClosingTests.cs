using Remediation.Domain.Cases;
using Remediation.Domain.Confirmations;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Ledger;
using Remediation.Domain.Tests.Builders;

namespace Remediation.Domain.Tests.Confirmations;

/// <summary>Closing as remediated checks the verification sample itself; its disputes past the rate call for every worker.</summary>
public class SampleClosingTests
{
    private static DrawnSample SampleOf(CaseScenario scenario, int size)
    {
        var policy = new SamplePolicy { Minimum = size, Share = 0.01m };
        return new DrawnSample(scenario.Case.Id, VerificationSample.Draw(scenario.Lines, "seed-1", policy), policy, scenario.Lines.Count, TestClock.Now);
    }

    private static SampleProgress ProgressOf(DrawnSample sample, CaseScenario scenario) =>
        SampleProgress.Of(sample.Sample, scenario.Lines.ToDictionary(l => l.WorkerRef));

    private static Transition Close(CaseScenario scenario, SampleProgress? progress) =>
        scenario.Case.Close(CaseScenario.Caseworker, CaseOutcome.Remediated, null, scenario.Ledger, new VerificationPolicy(), scenario.Now,
            scenario.Policy, progress);

    [Fact]
    public void A_sampled_worker_who_has_not_answered_keeps_the_case_open_whatever_the_share_confirmed()
    {
        var scenario = CaseScenario.InStage(Stage.Verification);
        var sample = SampleOf(scenario, 2);
        var unsampled = scenario.Lines.Single(l => !sample.Sample.Workers.Contains(l.WorkerRef)).WorkerRef;
        Confirm(scenario, unsampled);

        var refused = Close(scenario, ProgressOf(sample, scenario));

        Assert.Contains("0 of 2 workers confirmed receipt, 2 have not answered", refused.Refusal!.Reason, StringComparison.Ordinal);
        foreach (var worker in sample.Sample.Workers)
        {
            Confirm(scenario, worker);
        }

        Assert.False(Close(scenario, ProgressOf(sample, scenario)).IsRefused);
    }

    [Fact]
    public void Disputes_in_the_sample_past_the_rate_require_every_worker_said_once_on_the_timeline()
    {
        var scenario = CaseScenario.InStage(Stage.Verification);
        var sample = SampleOf(scenario, 3);
        var disputer = sample.Sample.Workers.First();
        var index = scenario.Lines.FindIndex(l => l.WorkerRef == disputer);
        foreach (var paid in scenario.Lines[index].Paid.WithoutZeros().Amounts)
        {
            scenario.Lines[index] = scenario.Lines[index].RecordReceipt(CaseScenario.Receipt(paid, received: false)).Line;
        }

        var receipts = scenario.Case.RecordReceipts(CaseScenario.Partner, 1, 1, false, scenario.Ledger, scenario.Now, scenario.Policy);
        var checkedOnce = scenario.Case.CheckSample(receipts, sample, ProgressOf(sample, scenario));

        Assert.True(checkedOnce.Case.FullVerificationRequired);
        Assert.Contains(checkedOnce.Events, e => e.Kind == CaseEventKinds.FullVerificationRequired);
        Assert.Contains(checkedOnce.Notifications, n => n.RecipientRole == Parties.Role.Partner);
        var again = checkedOnce.Case.CheckSample(checkedOnce with { Events = [] }, sample, ProgressOf(sample, scenario));
        Assert.Empty(again.Events);
    }

    [Fact]
    public void A_case_whose_every_worker_must_confirm_closes_only_when_all_have()
    {
        var scenario = CaseScenario.InStage(Stage.Verification);
        var sample = SampleOf(scenario, 1);
        foreach (var worker in sample.Sample.Workers)
        {
            Confirm(scenario, worker);
        }

        scenario.Apply(c => Transition.Unchanged(c with { FullVerificationRequired = true }));
        Assert.Contains("every worker must confirm", Close(scenario, ProgressOf(sample, scenario)).Refusal!.Reason, StringComparison.Ordinal);

        foreach (var line in scenario.Lines.ToList())
        {
            Confirm(scenario, line.WorkerRef);
        }

        Assert.False(Close(scenario, ProgressOf(sample, scenario)).IsRefused);
    }

    private static void Confirm(CaseScenario scenario, string worker)
    {
        var index = scenario.Lines.FindIndex(l => l.WorkerRef == worker);
        if (scenario.Lines[index].Status == LedgerLineStatus.Verified)
        {
            return;
        }

        foreach (var paid in scenario.Lines[index].Paid.WithoutZeros().Amounts)
        {
            scenario.Lines[index] = scenario.Lines[index].RecordReceipt(CaseScenario.Receipt(paid, received: true)).Line;
        }
    }
}
