using Remediation.Domain.Cases;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;
using Remediation.Workflows.Commands.Retaliation;
using Remediation.Workflows.Tests.Builders;

namespace Remediation.Workflows.Tests.Flows;

public class RetaliationTests
{
    [Fact]
    public async Task Retaliation_reported_during_investigation_makes_the_case_priority_and_tells_caseworkers_at_once()
    {
        await using var world = await CaseWorld.StartAsync(TimeSpan.FromMinutes(1));
        var journey = await CaseJourney.OpenAsync(world);
        await journey.TriageAsync();
        var investigating = await journey.AcknowledgeAsync();
        Assert.Equal(Priority.Standard, investigating.Priority);

        var reported = await world.SendAsync(journey.CaseId, CaseCommand.ReportRetaliation, CaseWorld.Partner, new RetaliationPayload("Workers who spoke to monitors had their overtime cut."));

        Assert.Equal((Stage.Investigation, Priority.High, true), (reported.Stage, reported.Priority, reported.RetaliationReported));
        Assert.Equal(investigating.StageEnteredAt + world.Policy.Days(14), reported.Deadline);
        var alert = Assert.Single(await world.Outbox.ForCaseAsync(journey.CaseId), n => n.Notification.Kind == NotificationKind.RetaliationReported);
        Assert.Equal(Role.Caseworker, alert.Notification.RecipientRole);
        var entry = (await world.TimelineAsync(journey.CaseId)).Single(e => e.Kind == CaseEventKinds.RetaliationReported);
        Assert.Equal((Role.Partner, "PART-1"), (entry.ActorRole, entry.ActorPartyId));
    }
}
