using Remediation.Domain.Deadlines;
using Remediation.Domain.Ledger;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;
using Remediation.Domain.Rules;

namespace Remediation.Domain.Cases;

public sealed partial record Case
{
    public const int MaxRootCauseLength = 4000;

    public Transition Acknowledge(Actor actor, DateTimeOffset now, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (CommandRules.Check(this, CaseCommand.Acknowledge, actor) is { } refusal)
        {
            return Refuse(refusal);
        }

        var (next, stageEvent, notification) = EnterStage(Stage.Investigation, now, policy);
        return new Transition(
            next,
            [new CaseEvent(CaseEventKinds.Acknowledged, $"Supplier {SupplierId} acknowledged the case."), stageEvent],
            [notification],
            null);
    }

    /// <summary>
    /// The supplier submits (or resubmits) findings. The per-worker confirmed amounts go to the ledger lines; the
    /// case records basis and root cause and waits for a caseworker's decision.
    /// </summary>
    public Transition SubmitFindings(Actor actor, RepaymentBasis basis, string? rootCause, DateTimeOffset now, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (CommandRules.Check(this, CaseCommand.SubmitFindings, actor) is { } refusal)
        {
            return Refuse(refusal);
        }

        if (string.IsNullOrWhiteSpace(rootCause) || rootCause.Length > MaxRootCauseLength)
        {
            return Refuse(Refusal.Invalid($"Findings need a root cause of at most {MaxRootCauseLength} characters."));
        }

        if (CheckFreeText(rootCause) is { } personal)
        {
            return Refuse(personal);
        }

        if (Basis is { } earlier && earlier != basis)
        {
            return Refuse(Refusal.Invalid($"Findings of this case use the {earlier.ToWire()} basis; all findings of a case use one basis."));
        }

        var next = this with
        {
            Basis = basis,
            RootCause = rootCause,
            FindingsAwaitingDecision = true,
            UpdatedAt = now,
            Deadline = now + policy.Days(policy.ReviewDays),
            EscalationLevel = EscalationLevel.None,
        };
        return new Transition(
            next,
            [new CaseEvent(
                CaseEventKinds.FindingsSubmitted,
                $"Supplier submitted findings on the {basis.ToWire()} basis; review due by {next.Deadline:u}.")],
            [NotifyCaseworkers(NotificationKind.FindingsSubmitted, $"Findings for case {Id} await your decision.")],
            null);
    }

    /// <summary>The caseworker accepts findings (every worker must be covered) and the case moves to the plan.</summary>
    public Transition AcceptFindings(Actor actor, LedgerSummary ledger, DateTimeOffset now, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(policy);
        if (CheckFindingsDecision(actor) is { } refusal)
        {
            return Refuse(refusal);
        }

        var uncovered = ledger.Count(LedgerLineStatus.AwaitingFindings);
        if (uncovered > 0)
        {
            return Refuse(Refusal.Invalid(
                $"{uncovered} of {ledger.Workers} workers have no confirmed amount yet; findings must cover every worker."));
        }

        var (next, stageEvent, notification) = (this with { FindingsAwaitingDecision = false })
            .EnterStage(Stage.RemediationPlan, now, policy, kind: NotificationKind.FindingsDecided);
        return new Transition(
            next,
            [
                new CaseEvent(
                    CaseEventKinds.FindingsAccepted,
                    $"Findings accepted: confirmed {ledger.Confirmed.WithoutZeros()} for {ledger.WorkersOwed} workers."),
                stageEvent,
            ],
            [notification],
            null);
    }

    /// <summary>The caseworker returns findings with a reason: the supplier investigates again, with a new deadline.</summary>
    public Transition ReturnFindings(Actor actor, string? reason, DateTimeOffset now, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if ((CheckFindingsDecision(actor) ?? CheckReason(reason, "Returning findings")) is { } refusal)
        {
            return Refuse(refusal);
        }

        var (next, stageEvent, _) = (this with { FindingsAwaitingDecision = false, FindingsReturnedCount = FindingsReturnedCount + 1 })
            .EnterStage(Stage.Investigation, now, policy);
        return new Transition(
            next,
            [new CaseEvent(CaseEventKinds.FindingsReturned, $"Findings returned ({next.FindingsReturnedCount}): {reason}"), stageEvent],
            [Notify(
                Role.Supplier,
                SupplierId,
                NotificationKind.FindingsDecided,
                $"Findings for case {Id} were returned; the reason is on the case's timeline. New deadline {next.Deadline:u}.")],
            null);
    }

    private Refusal? CheckFindingsDecision(Actor actor) =>
        CommandRules.Check(this, CaseCommand.DecideFindings, actor)
        ?? (FindingsAwaitingDecision ? null : Refusal.WrongStage("There are no submitted findings awaiting a decision."));
}
