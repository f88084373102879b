using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Tests.Builders;

namespace Remediation.Domain.Tests.Deadlines;

public class DeadlinePolicyTests
{
    private static readonly DeadlinePolicy Policy = new();
    private static readonly DateTimeOffset Deadline = TestClock.Now;

    [Theory]
    [InlineData(Stage.Triage, Priority.High, 5)]
    [InlineData(Stage.Triage, Priority.Standard, 5)]
    [InlineData(Stage.SupplierAcknowledgement, Priority.High, 2)]
    [InlineData(Stage.SupplierAcknowledgement, Priority.Standard, 7)]
    [InlineData(Stage.Investigation, Priority.High, 14)]
    [InlineData(Stage.Investigation, Priority.Standard, 30)]
    [InlineData(Stage.RemediationPlan, Priority.High, 7)]
    [InlineData(Stage.RemediationPlan, Priority.Standard, 14)]
    [InlineData(Stage.Verification, Priority.High, 30)]
    [InlineData(Stage.Verification, Priority.Standard, 30)]
    public void Default_stage_deadlines_follow_the_design(Stage stage, Priority priority, int days)
    {
        Assert.Equal(TestClock.Now.AddDays(days), Policy.StageDeadlineFrom(stage, priority, TestClock.Now));
    }

    [Theory]
    [InlineData(Stage.Reimbursement)]
    [InlineData(Stage.Closed)]
    public void Reimbursement_and_closed_have_no_stage_deadline(Stage stage) =>
        Assert.Null(Policy.StageDeadlineFrom(stage, Priority.Standard, TestClock.Now));

    [Theory]
    [InlineData(-1, EscalationLevel.None)]
    [InlineData(0, EscalationLevel.Reminder)]
    [InlineData(6, EscalationLevel.Reminder)]
    [InlineData(7, EscalationLevel.FormalNotice)]
    [InlineData(13, EscalationLevel.FormalNotice)]
    [InlineData(14, EscalationLevel.ContractEscalation)]
    [InlineData(27, EscalationLevel.ContractEscalation)]
    [InlineData(28, EscalationLevel.SanctionsRecommended)]
    [InlineData(400, EscalationLevel.SanctionsRecommended)]
    public void The_ladder_climbs_with_its_grace_periods(int daysAfterDeadline, EscalationLevel expected)
    {
        Assert.Equal(expected, Policy.LevelDueAt(Deadline, Deadline.AddDays(daysAfterDeadline)));
    }

    [Fact]
    public void Next_escalation_times_follow_each_level()
    {
        Assert.Equal(Deadline, Policy.NextEscalationAt(Deadline, EscalationLevel.None));
        Assert.Equal(Deadline.AddDays(7), Policy.NextEscalationAt(Deadline, EscalationLevel.Reminder));
        Assert.Equal(Deadline.AddDays(14), Policy.NextEscalationAt(Deadline, EscalationLevel.FormalNotice));
        Assert.Equal(Deadline.AddDays(28), Policy.NextEscalationAt(Deadline, EscalationLevel.ContractEscalation));
        Assert.Null(Policy.NextEscalationAt(Deadline, EscalationLevel.SanctionsRecommended));
    }

    [Fact]
    public void A_shorter_day_length_scales_every_deadline_and_grace_period()
    {
        var fast = new DeadlinePolicy { DayLength = TimeSpan.FromSeconds(1) };

        Assert.Equal(TestClock.Now.AddSeconds(7), fast.StageDeadlineFrom(Stage.SupplierAcknowledgement, Priority.Standard, TestClock.Now));
        Assert.Equal(EscalationLevel.FormalNotice, fast.LevelDueAt(Deadline, Deadline.AddSeconds(7)));
    }

    [Fact]
    public void Configured_values_replace_the_defaults()
    {
        var policy = new DeadlinePolicy { Investigation = new StageDeadline(10, 20), FormalNoticeAfterDays = 3 };

        Assert.Equal(TestClock.Now.AddDays(20), policy.StageDeadlineFrom(Stage.Investigation, Priority.Standard, TestClock.Now));
        Assert.Equal(Deadline.AddDays(3), policy.EscalationDueAt(Deadline, EscalationLevel.FormalNotice));
    }

    [Fact]
    public void Nonsense_configuration_is_reported()
    {
        var policy = new DeadlinePolicy { DayLength = TimeSpan.Zero, Triage = new StageDeadline(0, 5), LongPlanDays = -1 };

        var problems = policy.Problems();

        Assert.Equal(3, problems.Count);
        Assert.Empty(new DeadlinePolicy().Problems());
    }

    [Theory]
    [InlineData(100, 100, 0, true)]
    [InlineData(100, 10, 0, true)]
    [InlineData(100, 9, 0, false)]
    [InlineData(100, 99, 1, false)]
    [InlineData(10570, 1057, 0, true)]
    [InlineData(10570, 1056, 0, false)]
    [InlineData(0, 0, 0, false)]
    public void Verification_policy_needs_everyone_or_a_ten_percent_sample_without_dispute(int owed, int verified, int disputed, bool met)
    {
        Assert.Equal(met, new VerificationPolicy().IsMet(owed, verified, disputed));
    }
}
