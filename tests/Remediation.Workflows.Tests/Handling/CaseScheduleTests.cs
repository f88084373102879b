using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Tests.Handling;

/// <summary>When a command applied outside the engine must still wake the case's orchestration.</summary>
public class CaseScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    private static CaseSchedule WakingIn(int days, Stage stage = Stage.Investigation) =>
        new(stage, Now.AddDays(days), EscalationLevel.None, Now.AddDays(days));

    private static readonly CaseSchedule NoClock = new(Stage.Reimbursement, null, EscalationLevel.None, null);

    private static readonly CaseSchedule Closed = new(Stage.Closed, null, EscalationLevel.None, null);

    [Fact]
    public void A_wake_up_moved_later_needs_no_engine_the_old_timer_fires_first_and_waits_again() =>
        Assert.False(CaseSchedule.NeedsWakeUp(WakingIn(7, Stage.SupplierAcknowledgement), WakingIn(30)));

    [Fact]
    public void An_unchanged_wake_up_needs_no_engine() => Assert.False(CaseSchedule.NeedsWakeUp(WakingIn(7), WakingIn(7)));

    [Fact]
    public void A_wake_up_brought_forward_wakes_the_engine() => Assert.True(CaseSchedule.NeedsWakeUp(WakingIn(30), WakingIn(5)));

    [Fact]
    public void A_clock_started_where_there_was_none_wakes_the_engine() => Assert.True(CaseSchedule.NeedsWakeUp(NoClock, WakingIn(30)));

    [Fact]
    public void A_clock_stopped_needs_no_engine() => Assert.False(CaseSchedule.NeedsWakeUp(WakingIn(30), NoClock));

    [Fact]
    public void Closing_wakes_the_engine_so_the_orchestration_ends() => Assert.True(CaseSchedule.NeedsWakeUp(WakingIn(30), Closed));
}
