using Remediation.Domain.Deadlines;
using Remediation.Domain.Ledger;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;
using Remediation.Domain.Plans;
using Remediation.Domain.Rules;

namespace Remediation.Domain.Cases;

public sealed partial record Case
{
    /// <summary>The supplier submits instalments that together cover every confirmed amount.</summary>
    public Transition SubmitPlan(Actor actor, RepaymentPlan plan, LedgerSummary ledger, DateTimeOffset now, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(policy);
        if ((CommandRules.Check(this, CaseCommand.SubmitPlan, actor) ?? plan.CheckCovers(ledger.Confirmed, now)) is { } refusal)
        {
            return Refuse(refusal);
        }

        var next = this with
        {
            Plan = plan,
            PlanAwaitingDecision = true,
            UpdatedAt = now,
            Deadline = now + policy.Days(policy.ReviewDays),
            EscalationLevel = EscalationLevel.None,
        };
        return new Transition(
            next,
            [new CaseEvent(
                CaseEventKinds.PlanSubmitted,
                $"Supplier submitted a plan of {plan.Instalments.Count} instalments ({plan.Totals}), the last due {plan.LastDueAt:u}.")],
            [NotifyCaseworkers(NotificationKind.PlanSubmitted, $"The repayment plan for case {Id} awaits your decision.")],
            null);
    }

    /// <summary>
    /// The caseworker approves the plan. Workers paid their fees up front, so a plan that runs longer than the
    /// policy allows (90 days by default) needs the caseworker's written justification.
    /// </summary>
    public Transition ApprovePlan(Actor actor, string? justification, DateTimeOffset now, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (CheckPlanDecision(actor) is { } refusal)
        {
            return Refuse(refusal);
        }

        var plan = Plan!;
        if (plan.Instalments[0].DueAt <= now)
        {
            return Refuse(Refusal.Invalid("The plan's first instalment is already past due; reject it so the supplier can submit new dates."));
        }

        var isLong = plan.LastDueAt > now + policy.Days(policy.LongPlanDays);
        if (isLong && string.IsNullOrWhiteSpace(justification))
        {
            return Refuse(Refusal.Invalid(
                $"The last instalment is due more than {policy.LongPlanDays} days after approval; " +
                "approving such a plan needs a justification, since workers paid up front."));
        }

        if (justification is { Length: > MaxReasonLength })
        {
            return Refuse(Refusal.Invalid($"A justification has at most {MaxReasonLength} characters."));
        }

        if (CheckFreeText(justification) is { } personal)
        {
            return Refuse(personal);
        }

        var approved = this with { PlanAwaitingDecision = false, PlanApprovedAt = now, PlanJustification = isLong ? justification : null };
        var (next, stageEvent, notification) = approved.EnterStage(
            Stage.Reimbursement, now, policy, plan.Instalments[0].DueAt, NotificationKind.PlanDecided);
        var description = isLong ? $"Plan approved, longer than {policy.LongPlanDays} days because: {justification}" : "Plan approved.";
        return new Transition(next, [new CaseEvent(CaseEventKinds.PlanApproved, description), stageEvent], [notification], null);
    }

    public Transition RejectPlan(Actor actor, string? reason, DateTimeOffset now, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if ((CheckPlanDecision(actor) ?? CheckReason(reason, "Rejecting a plan")) is { } refusal)
        {
            return Refuse(refusal);
        }

        var (next, stageEvent, _) = (this with { Plan = null, PlanAwaitingDecision = false }).EnterStage(Stage.RemediationPlan, now, policy);
        return new Transition(
            next,
            [new CaseEvent(CaseEventKinds.PlanRejected, $"Plan rejected: {reason}"), stageEvent],
            [Notify(
                Role.Supplier,
                SupplierId,
                NotificationKind.PlanDecided,
                $"The plan for case {Id} was rejected; the reason is on the case's timeline. New deadline {next.Deadline:u}.")],
            null);
    }

    private Refusal? CheckPlanDecision(Actor actor) =>
        CommandRules.Check(this, CaseCommand.DecidePlan, actor)
        ?? (PlanAwaitingDecision && Plan is not null ? null : Refusal.WrongStage("There is no submitted plan awaiting a decision."));
}
