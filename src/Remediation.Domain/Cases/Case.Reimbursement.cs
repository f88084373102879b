using Remediation.Domain.Deadlines;
using Remediation.Domain.Ledger;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;

namespace Remediation.Domain.Cases;

public sealed partial record Case
{
    /// <summary>
    /// Called after the supplier's payments were applied to the ledger lines. When every confirmed amount is paid
    /// the case moves to Verification by itself; when an instalment is met the deadline moves to the next one.
    /// </summary>
    public Transition RecordPayments(Actor actor, int paymentCount, LedgerSummary ledger, DateTimeOffset now, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(policy);
        if (CommandRules.Check(this, CaseCommand.RecordPayments, actor) is { } refusal)
        {
            return Refuse(refusal);
        }

        var paid = this with { FirstPaymentAt = FirstPaymentAt ?? now, UpdatedAt = now };
        var recorded = new CaseEvent(
            CaseEventKinds.PaymentsRecorded,
            $"{paymentCount} payments recorded; paid {ledger.Paid.WithoutZeros()}, outstanding {ledger.Outstanding.WithoutZeros()}.");
        // Totals only: what one worker was paid is for the ledger, never a notification.
        var told = NotifyCaseworkers(NotificationKind.PaymentsRecorded, $"{paymentCount} payments were recorded in case {Id}.");
        if (ledger.EverythingPaid)
        {
            var (verifying, stageEvent, notification) = paid.EnterStage(Stage.Verification, now, policy);
            return new Transition(verifying, [recorded, stageEvent], [told, notification], null);
        }

        var unmet = Plan?.FirstUnmet(ledger.Paid);
        if (unmet is not null && Deadline is { } current && unmet.DueAt > current)
        {
            var next = paid with { Deadline = unmet.DueAt, EscalationLevel = EscalationLevel.None };
            return new Transition(
                next,
                [recorded, new CaseEvent(CaseEventKinds.InstalmentMet, $"Instalments before {unmet.Number} are met; next due {unmet.DueAt:u}.")],
                [told],
                null);
        }

        return new Transition(paid, [recorded], [told], null);
    }

    /// <summary>
    /// Called after receipt confirmations were applied to the ledger lines. A dispute makes money owed again: in
    /// Verification the case goes back to Reimbursement. A receipt that reports retaliation raises the case at once.
    /// </summary>
    public Transition RecordReceipts(
        Actor actor, int receiptCount, int disputeCount, bool retaliationReported, LedgerSummary ledger, DateTimeOffset now, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(policy);
        if (CommandRules.Check(this, CaseCommand.RecordReceipts, actor) is { } refusal)
        {
            return Refuse(refusal);
        }

        // A worker's own answer is told apart by its kind (and actor) only: worded as a partner's, it never says who.
        var events = new List<CaseEvent>
        {
            new(
                actor.Role == Role.Worker ? CaseEventKinds.ReceiptsConfirmedByWorker : CaseEventKinds.ReceiptsRecorded,
                $"{receiptCount} receipt confirmations recorded; verified {ledger.Verified.WithoutZeros()}."),
        };
        var notifications = new List<Notification>();
        var next = this with { UpdatedAt = now };
        if (disputeCount > 0)
        {
            events.Add(new CaseEvent(
                CaseEventKinds.ReceiptDisputed,
                $"{disputeCount} receipts disputed by workers; outstanding again {ledger.Outstanding.WithoutZeros()}."));
            notifications.Add(Notify(
                Role.Supplier,
                SupplierId,
                NotificationKind.ReceiptsDisputed,
                $"Workers of case {Id} dispute {disputeCount} receipts; the disputed amounts are owed again."));
            notifications.Add(NotifyCaseworkers(NotificationKind.ReceiptsDisputed, $"Workers of case {Id} dispute {disputeCount} receipts."));
        }

        if (next.Stage == Stage.Verification && !ledger.Outstanding.IsZero)
        {
            var instalmentAhead = Plan?.FirstUnmet(ledger.Paid) is { } unmet && unmet.DueAt > now ? unmet.DueAt : (DateTimeOffset?)null;
            var (reopened, stageEvent, notification) = next.EnterStage(
                Stage.Reimbursement, now, policy, instalmentAhead ?? now + policy.Days(policy.DisputeRepaymentDays));
            next = reopened;
            events.Add(stageEvent);
            notifications.Add(notification);
        }

        if (retaliationReported)
        {
            var raised = next.RaiseForRetaliation(
                now, policy, actor.Role == Role.Worker ? "a worker reported pressure with their own code" : "reported in a receipt confirmation",
                tellPartner: actor.Role == Role.Worker);
            next = raised.Case;
            events.AddRange(raised.Events);
            notifications.AddRange(raised.Notifications);
        }

        return new Transition(next, events, notifications, null);
    }
}
