using Remediation.Domain.Confirmations;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Ledger;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;
using Remediation.Domain.Rules;

namespace Remediation.Domain.Cases;

public sealed partial record Case
{
    /// <summary>
    /// The caseworker closes the case. Remediated only from Verification, with everything paid, no open dispute, and
    /// receipt confirmed by every sampled worker (by every worker once the sample's disputes passed the policy's rate;
    /// a case that entered Verification before samples were drawn: the share of <paramref name="verification"/>).
    /// Payment is not remediation until the worker confirms it. Unremediated and Withdrawn need a reason.
    /// </summary>
    public Transition Close(
        Actor actor,
        CaseOutcome outcome,
        string? reason,
        LedgerSummary ledger,
        VerificationPolicy verification,
        DateTimeOffset now,
        DeadlinePolicy policy,
        SampleProgress? sample = null)
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
                if (RemediatedRefusal(ledger, verification, sample) is { } notYet)
                {
                    return Refuse(notYet);
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

    private Refusal? RemediatedRefusal(LedgerSummary ledger, VerificationPolicy verification, SampleProgress? sample)
    {
        var verified = ledger.Count(LedgerLineStatus.Verified);
        var disputed = ledger.Count(LedgerLineStatus.Disputed);
        var standing = $"Receipt is confirmed for {verified} of {ledger.WorkersOwed} workers owed, with {disputed} open disputes";
        if (!ledger.EverythingPaid || disputed > 0)
        {
            return Refusal.Invalid($"{standing}; closing as remediated needs everything paid and no open dispute.");
        }

        if (FullVerificationRequired)
        {
            return verified >= ledger.WorkersOwed
                ? null
                : Refusal.Invalid($"{standing}; the sample's disputes passed the policy's rate, so every worker must confirm first.");
        }

        if (sample is not null)
        {
            return sample.IsComplete
                ? null
                : Refusal.Invalid(
                    $"{standing}. Of the verification sample, {sample.Confirmed} of {sample.Sampled} workers confirmed receipt, " +
                    $"{sample.Pending} have not answered and {sample.Disputed} dispute; every sampled worker must confirm first.");
        }

        return verification.IsMet(ledger.WorkersOwed, verified, disputed)
            ? null
            : Refusal.Invalid($"{standing}; closing as remediated needs every worker confirmed, or at least {verification.MinimumSampleShare:P0}.");
    }
}
