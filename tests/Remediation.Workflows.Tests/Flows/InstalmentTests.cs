using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Workflows.Commands.Payments;
using Remediation.Workflows.Commands.Plan;
using Remediation.Workflows.Commands.PlanDecision;
using Remediation.Workflows.Tests.Builders;

namespace Remediation.Workflows.Tests.Flows;

public class InstalmentTests
{
    [Fact]
    public async Task A_missed_instalment_escalates_while_the_one_paid_on_time_does_not()
    {
        await using var world = await CaseWorld.StartAsync(TimeSpan.FromMinutes(1));
        var journey = await CaseJourney.OpenAsync(world, new IntakeBuilder().WithWorker("W-1", ("recruitment_fee", 30000m, "THB")));
        await journey.ToPlanAsync();
        var start = DateTimeOffset.UtcNow;
        var (first, second, third) = (start.AddSeconds(4), start.AddSeconds(8), start.AddMinutes(60));
        await world.SendAsync(journey.CaseId, CaseCommand.SubmitPlan, CaseWorld.Supplier, new PlanPayload([
            new InstalmentPayload(1, first, [new MoneyPayload(10000m, "THB")]),
            new InstalmentPayload(2, second, [new MoneyPayload(10000m, "THB")]),
            new InstalmentPayload(3, third, [new MoneyPayload(10000m, "THB")]),
        ]));
        var approved = await world.SendAsync(journey.CaseId, CaseCommand.DecidePlan, CaseWorld.Caseworker, new PlanDecisionPayload(true));
        Assert.Equal(first, approved.Deadline);

        var onTime = await world.SendAsync(journey.CaseId, CaseCommand.RecordPayments, CaseWorld.Supplier, Pay("p-1", 10000m));
        Assert.Equal((second, EscalationLevel.None), (onTime.Deadline, onTime.EscalationLevel));

        var missed = await world.WaitForAsync(journey.CaseId, c => c.EscalationLevel == EscalationLevel.Reminder, "the missed second instalment to escalate");
        Assert.Equal(second, missed.Deadline);
        var late = await world.SendAsync(journey.CaseId, CaseCommand.RecordPayments, CaseWorld.Supplier, Pay("p-2", 10000m));

        Assert.Equal((Stage.Reimbursement, third, EscalationLevel.None), (late.Stage, late.Deadline, late.EscalationLevel));
        var timeline = await world.TimelineAsync(journey.CaseId);
        var escalation = Assert.Single(timeline, e => e.Kind == CaseEventKinds.Escalated);
        Assert.True(escalation.At >= second.AddSeconds(-1));
        Assert.Contains("Reimbursement deadline", escalation.Description, StringComparison.Ordinal);
        Assert.Equal(2, timeline.Count(e => e.Kind == CaseEventKinds.InstalmentMet));
    }

    private static PaymentsPayload Pay(string id, decimal amount) =>
        new([new PaymentPayload("W-1", id, amount, "THB", DateOnly.FromDateTime(DateTime.UtcNow), "bank_transfer")]);
}
