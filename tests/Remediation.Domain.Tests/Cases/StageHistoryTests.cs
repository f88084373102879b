using Remediation.Domain.Cases;
using Remediation.Domain.Parties;
using Remediation.Domain.Timeline;

namespace Remediation.Domain.Tests.Cases;

public class StageHistoryTests
{
    private static readonly DateTimeOffset Opened = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static TimelineEntry Change(long sequence, double day, Stage from, Stage to) =>
        new(
            sequence, Opened.AddDays(day), Role.System, null, CaseEventKinds.StageChanged,
            StageHistory.Describe(from, to, Opened.AddDays(day + 7)), "p", "h", "k1");

    [Fact]
    public void Each_completed_stay_is_measured_from_the_timeline_and_the_current_stage_is_left_out()
    {
        TimelineEntry[] timeline =
        [
            new(1, Opened, Role.Partner, "PART-1", CaseEventKinds.Opened, "Case opened.", "p", "h", "k1"),
            Change(2, 2, Stage.Triage, Stage.SupplierAcknowledgement),
            Change(3, 5, Stage.SupplierAcknowledgement, Stage.Investigation),
            Change(4, 12, Stage.Investigation, Stage.Investigation),
            Change(5, 20.5, Stage.Investigation, Stage.RemediationPlan),
        ];

        var stays = StageHistory.Stays(Opened, timeline);

        Assert.Equal(
            [(Stage.Triage, TimeSpan.FromDays(2)), (Stage.SupplierAcknowledgement, TimeSpan.FromDays(3)), (Stage.Investigation, TimeSpan.FromDays(7)), (Stage.Investigation, TimeSpan.FromDays(8.5))],
            stays);
    }
}
