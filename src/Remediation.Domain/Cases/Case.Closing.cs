using Remediation.Domain.Deadlines;
using Remediation.Domain.Ledger;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;
using Remediation.Domain.Rules;

namespace Remediation.Domain.Cases;

public sealed partial record Case
{
    /// <summary>
    /// The caseworker closes the case. Remediated only from Verification once receipt coverage meets the policy
    /// (payment is not remediation until the worker confirms it); Unremediated and Withdrawn need a reason.
    /// </summary>
    public Transition Close(
        Actor actor,
        CaseOutcome outcome,
        string? reason,
        LedgerSummary ledger,
        VerificationPolicy verification,
        DateTimeOffset now,
        DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(verification);
        ArgumentNullException.ThrowIfNull(policy);
        if (CommandRules.Check(this, CaseCommand.Close, actor) is { } refusal)
        {
            return Refuse(refusal);
        }

        switch (outcome)
        {
            case CaseOutcome.Rejected:
                return Refuse(Refusal.Invalid("A case is rejected at triage, not closed as rejected."));
            case CaseOutcome.Remediated when Stage != Stage.Verification:
                return Refuse(Refusal.WrongStage($"A case closes as remediated only from Verification; it is in {Stage}."));
            case CaseOutcome.Remediated:
                var verified = ledger.Count(LedgerLineStatus.Verified);
                var disputed = ledger.Count(LedgerLineStatus.Disputed);
                if (!ledger.EverythingPaid || !verification.IsMet(ledger.WorkersOwed, verified, disputed))
                {
                    return Refuse(Refusal.Invalid(
                        $"Receipt is confirmed for {verified} of {ledger.WorkersOwed} workers owed, with {disputed} disputes; " +
                        "closing as remediated needs every worker confirmed, " +
                        $"or at least {verification.MinimumSampleShare:P0} of them and no dispute."));
                }

                break;
            default:
                if (CheckReason(reason, $"Closing a case as {outcome}") is { } missing)
                {
                    return Refuse(missing);
                }

                break;
        }

        var (closed, stageEvent, _) = (this with { Outcome = outcome, ClosingReason = reason, ClosedAt = now }).EnterStage(Stage.Closed, now, policy);
        var message = $"Case {Id} closed as {outcome}{(reason is null ? "." : $": {reason}")}";
        // The notice leaves out the reason: notifications carry no text a party wrote (it is on the timeline).
        var notice = $"Case {Id} closed as {outcome}.";
        var notifications = new List<Notification> { Notify(Role.Partner, PartnerId, NotificationKind.CaseClosed, notice) };
        if (IsDisclosedToSupplier)
        {
            notifications.Add(Notify(Role.Supplier, SupplierId, NotificationKind.CaseClosed, notice));
        }

        return new Transition(closed, [new CaseEvent(CaseEventKinds.Closed, message), stageEvent], notifications, null);
    }
}
