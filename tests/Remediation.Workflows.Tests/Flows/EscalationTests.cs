using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;
using Remediation.Workflows.Commands.DeadlineExtension;
using Remediation.Workflows.Tests.Builders;

namespace Remediation.Workflows.Tests.Flows;

public class EscalationTests
{
    [Fact]
    public async Task A_silent_supplier_climbs_the_ladder_to_level_four_and_a_late_acknowledgement_resets_it()
    {
        // A policy day of 250 ms: acknowledgement due after 1.75 s, then levels every 1.75, 1.75 and 3.5 s.
        await using var world = await CaseWorld.StartAsync(TimeSpan.FromMilliseconds(250));
        var journey = await CaseJourney.OpenAsync(world);
        var triaged = await journey.TriageAsync();
        Assert.Equal(Stage.SupplierAcknowledgement, triaged.Stage);

        var sanctioned = await world.WaitForAsync(journey.CaseId, c => c.EscalationLevel == EscalationLevel.SanctionsRecommended, "level 4");
        var acknowledged = await journey.AcknowledgeAsync();

        Assert.Equal(Stage.SupplierAcknowledgement, sanctioned.Stage);
        Assert.Equal((Stage.Investigation, EscalationLevel.None), (acknowledged.Stage, acknowledged.EscalationLevel));
        var timeline = await world.TimelineAsync(journey.CaseId);
        var afterTriage = timeline.SkipWhile(e => e.Kind != CaseEventKinds.TriageAccepted).ToList();
        var escalations = afterTriage.Where(e => e.Kind == CaseEventKinds.Escalated).ToList();
        Assert.Equal(["Level 1", "Level 2", "Level 3", "Level 4"], escalations.Select(e => e.Description[..7]));
        Assert.All(escalations, e => Assert.Equal(Role.System, e.ActorRole));
        Assert.True(escalations[^1].Sequence < afterTriage.Single(e => e.Kind == CaseEventKinds.Acknowledged).Sequence);

        var notices = (await world.Outbox.ForCaseAsync(journey.CaseId)).Where(n => n.Notification.Kind == NotificationKind.Escalated).Select(n => n.Notification).ToList();
        Assert.Contains(notices, n => n.RecipientRole == Role.Supplier && n.Message.Contains("level 1", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.RecipientRole == Role.Caseworker && n.Message.Contains("level 2", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.RecipientRole == Role.Caseworker && n.Message.Contains("level 3", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.RecipientRole == Role.Caseworker && n.Message.Contains("level 4", StringComparison.Ordinal));
        Assert.True((await world.Timeline.VerifyAsync(journey.CaseId)).Intact);
    }

    [Fact]
    public async Task An_extended_deadline_moves_the_timer_no_escalation_at_the_old_deadline_one_at_the_new()
    {
        // A policy day of 500 ms: acknowledgement due 3.5 s after triage; extended to 8 s after triage.
        await using var world = await CaseWorld.StartAsync(TimeSpan.FromMilliseconds(500));
        var journey = await CaseJourney.OpenAsync(world);
        var triaged = await journey.TriageAsync();
        var oldDeadline = triaged.Deadline!.Value;
        var newDeadline = oldDeadline.AddSeconds(4.5);

        var extended = await world.SendAsync(journey.CaseId, CaseCommand.ExtendDeadline, CaseWorld.Caseworker, new DeadlineExtensionPayload(newDeadline, "Factory closed for a national holiday."));
        Assert.Equal(newDeadline, extended.Deadline);

        await Task.Delay(oldDeadline.AddSeconds(1.5) - DateTimeOffset.UtcNow);
        var atOldDeadline = (await world.Cases.GetAsync(journey.CaseId))!.Value;
        var escalated = await world.WaitForAsync(journey.CaseId, c => c.EscalationLevel == EscalationLevel.Reminder, "the reminder at the new deadline");

        Assert.Equal(EscalationLevel.None, atOldDeadline.EscalationLevel);
        var escalation = (await world.TimelineAsync(journey.CaseId)).Single(e => e.Kind == CaseEventKinds.Escalated);
        Assert.True(escalation.At >= newDeadline.AddSeconds(-1), $"escalated at {escalation.At:O}, new deadline {newDeadline:O}");
        Assert.Equal(Stage.SupplierAcknowledgement, escalated.Stage);
    }
}
