using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Parties;
using Remediation.Domain.Tests.Builders;

namespace Remediation.Domain.Tests.Reporting;

public class SupplierRecordKeepingTests
{
    [Fact]
    public void Lateness_ends_when_the_supplier_acts_after_its_deadline()
    {
        var scenario = CaseScenario.Opened().Triaged();
        var before = scenario.Case;
        var now = before.Deadline!.Value.AddDays(2);

        var after = before.Acknowledge(CaseScenario.Supplier, now, scenario.Policy).Case;

        Assert.Equal(TimeSpan.FromDays(2), SupplierRecordKeeping.Track(before, after, now).SupplierLateness);
    }

    [Fact]
    public void Acting_before_the_deadline_adds_no_lateness()
    {
        var scenario = CaseScenario.Opened().Triaged();
        var now = scenario.Case.Deadline!.Value.AddHours(-1);

        var after = scenario.Case.Acknowledge(CaseScenario.Supplier, now, scenario.Policy).Case;

        Assert.Equal(TimeSpan.Zero, SupplierRecordKeeping.Track(scenario.Case, after, now).SupplierLateness);
    }

    [Fact]
    public void The_caseworkers_lateness_in_triage_is_not_the_suppliers()
    {
        var scenario = CaseScenario.Opened();
        var now = scenario.Case.Deadline!.Value.AddDays(3);

        var after = scenario.Case.AcceptTriage(CaseScenario.Caseworker, "SUP-1", [], Priority.Standard, now, scenario.Policy).Case;

        var tracked = SupplierRecordKeeping.Track(scenario.Case, after, now);
        Assert.Equal(TimeSpan.Zero, tracked.SupplierLateness);
        Assert.Equal(EscalationLevel.None, tracked.HighestSupplierLevel);
    }

    [Fact]
    public void Escalations_while_the_supplier_is_late_are_counted_and_the_highest_level_kept()
    {
        var scenario = CaseScenario.Opened().Triaged();
        var before = scenario.Case;
        var now = before.Deadline!.Value.AddDays(30);

        var escalated = before.Escalate(Actor.Clock, now, scenario.Policy);
        var tracked = SupplierRecordKeeping.Track(before, escalated.Case, now);

        Assert.True(tracked.HighestSupplierLevel >= EscalationLevel.FormalNotice);
        Assert.Equal((int)escalated.Case.EscalationLevel, tracked.SupplierEscalations);
        Assert.Equal(TimeSpan.Zero, tracked.SupplierLateness);
    }

    [Fact]
    public void A_case_leaving_a_stage_records_how_long_it_stayed()
    {
        var scenario = CaseScenario.Opened().Later(TimeSpan.FromDays(2)).Triaged();

        var stay = Assert.Single(scenario.Case.Stays);
        Assert.Equal(Stage.Triage, stay.Stage);
        Assert.True(stay.Duration >= TimeSpan.FromDays(2));
    }
}
