using Remediation.Domain.Deadlines;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;
using Remediation.Domain.Rules;

namespace Remediation.Domain.Cases;

public sealed partial record Case
{
    /// <summary>Retaliation against workers who spoke to monitors: the case becomes priority and caseworkers hear at once.</summary>
    public Transition ReportRetaliation(Actor actor, string? description, DateTimeOffset now, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (CommandRules.Check(this, CaseCommand.ReportRetaliation, actor) is { } refusal)
        {
            return Refuse(refusal);
        }

        if (string.IsNullOrWhiteSpace(description) || description.Length > MaxReasonLength)
        {
            return Refuse(Refusal.Invalid(
                $"Describe the retaliation in at most {MaxReasonLength} characters (no names or contact details of workers)."));
        }

        if (CheckFreeText(description) is { } personal)
        {
            return Refuse(personal);
        }

        return RaiseForRetaliation(now, policy, description, tellPartner: actor.Role == Role.Worker);
    }

    /// <summary>
    /// Priority now; a running stage deadline shortens to the priority deadline if that is sooner. A worker's own report
    /// (<paramref name="tellPartner"/>) reaches the partner at once too: it did not record it itself.
    /// </summary>
    private Transition RaiseForRetaliation(DateTimeOffset now, DeadlinePolicy policy, string description, bool tellPartner = false)
    {
        var priorityDeadline = FindingsAwaitingDecision || PlanAwaitingDecision || Stage == Stage.Reimbursement
            ? null
            : policy.StageDeadlineFrom(Stage, Priority.High, StageEnteredAt);
        var deadline = Deadline;
        if (priorityDeadline is { } sooner && deadline is { } current && sooner < current)
        {
            deadline = sooner > now ? sooner : now;
        }

        var next = this with { Priority = Priority.High, RetaliationReported = true, Deadline = deadline, UpdatedAt = now };
        var notice = $"Retaliation reported in case {Id}; the case is now priority.";
        var shortened = deadline != Deadline ? $" Deadline brought forward to {deadline:u}." : string.Empty;
        return new Transition(
            next,
            [new CaseEvent(CaseEventKinds.RetaliationReported, $"Retaliation reported: {description}. Case raised to priority.{shortened}")],
            tellPartner
                ?
                [
                    NotifyCaseworkers(NotificationKind.RetaliationReported, notice),
                    Notify(Role.Partner, PartnerId, NotificationKind.RetaliationReported, notice),
                ]
                : [NotifyCaseworkers(NotificationKind.RetaliationReported, notice)],
            null);
    }
}
