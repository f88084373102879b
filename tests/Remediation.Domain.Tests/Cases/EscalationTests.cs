using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;
using Remediation.Domain.Rules;
using Remediation.Domain.Tests.Builders;

namespace Remediation.Domain.Tests.Cases;

public class EscalationTests
{
    private static readonly DeadlinePolicy Policy = new();

    private static Case SilentSupplierCase() => CaseScenario.InStage(Stage.SupplierAcknowledgement).Case;

    [Fact]
    public void Nothing_happens_before_the_deadline()
    {
        var @case = SilentSupplierCase();

        var early = @case.Escalate(Actor.Clock, @case.Deadline!.Value.AddSeconds(-1), Policy);

        Assert.True(early.IsNoChange);
        Assert.Same(@case, early.Case);
    }

    [Fact]
    public void A_missed_deadline_sends_a_reminder_to_the_supplier()
    {
        var @case = SilentSupplierCase();

        var reminded = @case.Escalate(Actor.Clock, @case.Deadline!.Value, Policy);

        Assert.Equal(EscalationLevel.Reminder, reminded.Case.EscalationLevel);
        Assert.Equal(CaseEventKinds.Escalated, Assert.Single(reminded.Events).Kind);
        var notification = Assert.Single(reminded.Notifications);
        Assert.Equal((Role.Supplier, "SUP-1", NotificationKind.Escalated), (notification.RecipientRole, notification.RecipientPartyId, notification.Kind));
    }

    [Fact]
    public void In_verification_with_every_receipt_confirmed_the_late_party_is_the_caseworker_not_the_partner()
    {
        var scenario = CaseScenario.InStage(Stage.Reimbursement).PaidInFull().ReceiptsConfirmed();
        var @case = scenario.Case;

        var reminded = @case.Escalate(Actor.Clock, @case.Deadline!.Value, Policy, scenario.Ledger);
        var withoutLedger = @case.Escalate(Actor.Clock, @case.Deadline!.Value, Policy);

        Assert.Equal(Stage.Verification, @case.Stage);
        Assert.Equal((Role.Caseworker, EscalationLevel.Reminder), (Assert.Single(reminded.Notifications).RecipientRole, reminded.Notifications[0].Level));
        Assert.Equal(Role.Partner, Assert.Single(withoutLedger.Notifications).RecipientRole);
    }

    [Fact]
    public void Each_rung_of_the_ladder_is_a_notification_that_names_its_level()
    {
        var @case = SilentSupplierCase();

        var all = @case.Escalate(Actor.Clock, @case.Deadline!.Value.AddDays(60), Policy);

        Assert.Equal([1, 2, 2, 3, 3, 4], all.Notifications.Select(n => (int)n.Level));
        Assert.All(all.Notifications, n => Assert.Equal(NotificationKind.Escalated, n.Kind));
    }

    [Fact]
    public void Each_level_of_the_ladder_is_recorded_and_notified_once()
    {
        var @case = SilentSupplierCase();
        var deadline = @case.Deadline!.Value;
        var recorded = new List<(EscalationLevel Level, int Events, Notification[] Notifications)>();

        foreach (var days in new[] { 0, 7, 14, 28, 60 })
        {
            var step = @case.Escalate(Actor.Clock, deadline.AddDays(days), Policy);
            @case = step.Case;
            recorded.Add((@case.EscalationLevel, step.Events.Count, [.. step.Notifications]));
        }

        Assert.Equal(
            [EscalationLevel.Reminder, EscalationLevel.FormalNotice, EscalationLevel.ContractEscalation, EscalationLevel.SanctionsRecommended, EscalationLevel.SanctionsRecommended],
            recorded.Select(r => r.Level));
        Assert.Equal([1, 1, 1, 1, 0], recorded.Select(r => r.Events));
        Assert.Contains(recorded[1].Notifications, n => n.RecipientRole == Role.Caseworker);
        Assert.Contains(recorded[1].Notifications, n => n.RecipientRole == Role.Supplier);
        Assert.Equal(Role.Caseworker, Assert.Single(recorded[3].Notifications).RecipientRole);
    }

    [Fact]
    public void A_late_clock_climbs_every_missed_level_with_one_entry_each()
    {
        var @case = SilentSupplierCase();

        var caughtUp = @case.Escalate(Actor.Clock, @case.Deadline!.Value.AddDays(15), Policy);

        Assert.Equal(EscalationLevel.ContractEscalation, caughtUp.Case.EscalationLevel);
        Assert.Equal(3, caughtUp.Events.Count);
    }

    [Fact]
    public void A_late_acknowledgement_resets_the_ladder()
    {
        var @case = SilentSupplierCase();
        @case = @case.Escalate(Actor.Clock, @case.Deadline!.Value.AddDays(8), Policy).Case;
        Assert.Equal(EscalationLevel.FormalNotice, @case.EscalationLevel);

        var acknowledged = @case.Acknowledge(CaseScenario.Supplier, @case.Deadline!.Value.AddDays(9), Policy);

        Assert.Equal(EscalationLevel.None, acknowledged.Case.EscalationLevel);
        Assert.Equal(Stage.Investigation, acknowledged.Case.Stage);
    }

    [Fact]
    public void Only_the_clock_escalates()
    {
        var @case = SilentSupplierCase();

        Assert.Equal(RefusalKind.NotPermitted, @case.Escalate(CaseScenario.Caseworker, @case.Deadline!.Value, Policy).Refusal?.Kind);
    }

    [Fact]
    public void Extending_the_deadline_moves_it_and_restarts_the_ladder()
    {
        var @case = SilentSupplierCase();
        var deadline = @case.Deadline!.Value;
        @case = @case.Escalate(Actor.Clock, deadline, Policy).Case;

        var extended = @case.ExtendDeadline(CaseScenario.Caseworker, deadline.AddDays(10), "Factory closed for a national holiday.", deadline.AddHours(1));

        Assert.Equal(deadline.AddDays(10), extended.Case.Deadline);
        Assert.Equal(EscalationLevel.None, extended.Case.EscalationLevel);
        Assert.True(extended.Case.Escalate(Actor.Clock, deadline.AddDays(7), Policy).IsNoChange);
        Assert.Equal(EscalationLevel.Reminder, extended.Case.Escalate(Actor.Clock, deadline.AddDays(10), Policy).Case.EscalationLevel);
    }

    [Fact]
    public void An_extension_must_be_later_and_have_a_reason()
    {
        var @case = SilentSupplierCase();
        var deadline = @case.Deadline!.Value;

        Assert.Equal(RefusalKind.InvalidData, @case.ExtendDeadline(CaseScenario.Caseworker, deadline.AddDays(-1), "Holiday.", TestClock.Now).Refusal?.Kind);
        Assert.Equal(RefusalKind.InvalidData, @case.ExtendDeadline(CaseScenario.Caseworker, deadline.AddDays(3), " ", TestClock.Now).Refusal?.Kind);
        Assert.Equal(RefusalKind.NotPermitted, @case.ExtendDeadline(CaseScenario.Supplier, deadline.AddDays(3), "Please.", TestClock.Now).Refusal?.Kind);
    }

    [Fact]
    public void Retaliation_makes_the_case_priority_and_brings_the_deadline_forward()
    {
        var scenario = CaseScenario.InStage(Stage.Investigation);
        Assert.Equal(scenario.Case.StageEnteredAt.AddDays(30), scenario.Case.Deadline);

        var reported = scenario.Case.ReportRetaliation(CaseScenario.Partner, "Workers who spoke to monitors lost overtime.", scenario.Now, Policy);

        Assert.Equal(Priority.High, reported.Case.Priority);
        Assert.Equal(scenario.Case.StageEnteredAt.AddDays(14), reported.Case.Deadline);
        var notification = Assert.Single(reported.Notifications);
        Assert.Equal((Role.Caseworker, NotificationKind.RetaliationReported), (notification.RecipientRole, notification.Kind));
    }
}
