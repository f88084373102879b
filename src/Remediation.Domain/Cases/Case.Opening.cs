using Remediation.Domain.Deadlines;
using Remediation.Domain.Intake;
using Remediation.Domain.Notifications;

namespace Remediation.Domain.Cases;

public sealed partial record Case
{
    /// <summary>Opens a case from a validated intake: it starts in Triage, with the triage deadline running.</summary>
    public static Transition Open(string id, NewCase intake, DateTimeOffset now, DeadlinePolicy policy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(policy);
        var opened = new Case
        {
            Id = id,
            PartnerId = intake.PartnerId,
            PartnerReference = intake.PartnerReference,
            SupplierId = intake.SupplierId,
            Factory = intake.Factory,
            Summary = intake.Summary,
            Indicators = intake.Indicators,
            Priority = intake.Priority,
            Stage = Stage.Triage,
            OpenedAt = now,
            StageEnteredAt = now,
            UpdatedAt = now,
            Deadline = policy.StageDeadlineFrom(Stage.Triage, intake.Priority, now),
        };
        return new Transition(
            opened,
            [
                new CaseEvent(
                    CaseEventKinds.Opened,
                    $"Case opened by partner {intake.PartnerId} with {intake.Workers.Count} workers; triage due by {opened.Deadline:u}."),
            ],
            [opened.NotifyCaseworkers(NotificationKind.CaseOpened, $"New case {id} from partner {intake.PartnerId} awaits triage.")],
            null);
    }
}
