using System.Collections.Immutable;
using Remediation.Domain.Currencies;
using Remediation.Domain.Geography;

namespace Remediation.Domain.Ledger;

/// <summary>
/// One worker's account in a case: fees claimed by the partner, amounts confirmed by the supplier's investigation,
/// payments made and receipts the worker confirmed. Immutable: every change returns a new line.
/// </summary>
public sealed record LedgerLine
{
    /// <summary>
    /// The most payments one worker's line holds: ten years of monthly instalments. A line is stored as one entity,
    /// so it must stay bounded (docs/decisions.md, "Storage limits").
    /// </summary>
    public const int MaxPayments = 120;

    /// <summary>The most receipt confirmations one worker's line holds.</summary>
    public const int MaxReceipts = 60;

    public LedgerLine(string workerRef, Country nationality, DateOnly? hiredOn, EmploymentStatus employmentStatus, IReadOnlyList<FeeItem> fees)
    {
        WorkerRef = workerRef;
        Nationality = nationality;
        HiredOn = hiredOn;
        EmploymentStatus = employmentStatus;
        Fees = fees;
    }

    /// <summary>The pseudonymous reference (employee number or partner code); never a name or a document number.</summary>
    public string WorkerRef { get; }

    public Country Nationality { get; }

    public DateOnly? HiredOn { get; }

    public EmploymentStatus EmploymentStatus { get; }

    public IReadOnlyList<FeeItem> Fees { get; }

    public RepaymentBasis? Basis { get; init; }

    /// <summary>Null until the supplier's findings cover this worker.</summary>
    public IReadOnlyList<ConfirmedFee>? ConfirmedFees { get; init; }

    public IReadOnlyList<Payment> Payments { get; init; } = [];

    public IReadOnlyList<ReceiptConfirmation> Receipts { get; init; } = [];

    /// <summary>Per currency: what the worker said was not received of what was recorded as paid.</summary>
    public MoneyTotals Disputed { get; init; } = MoneyTotals.Empty;

    /// <summary>Per currency: what the worker confirmed receiving.</summary>
    public MoneyTotals Verified { get; init; } = MoneyTotals.Empty;

    /// <summary>Currencies with a dispute not yet settled by a later, positive receipt.</summary>
    public ImmutableSortedSet<string> OpenDisputes { get; init; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    public MoneyTotals Claimed => MoneyTotals.Of(Fees.Select(f => f.Amount));

    public MoneyTotals Confirmed => ConfirmedFees is null ? MoneyTotals.Empty : MoneyTotals.Of(ConfirmedFees.Select(f => f.Amount));

    /// <summary>Recorded payments less what the worker disputed.</summary>
    public MoneyTotals Paid => MoneyTotals.Of(Payments.Select(p => p.Amount)).Minus(Disputed);

    public MoneyTotals Outstanding => Confirmed.Minus(Paid);

    public LedgerLineStatus Status
    {
        get
        {
            if (ConfirmedFees is null)
            {
                return LedgerLineStatus.AwaitingFindings;
            }

            if (Confirmed.IsZero)
            {
                return LedgerLineStatus.NothingOwed;
            }

            if (!OpenDisputes.IsEmpty)
            {
                return LedgerLineStatus.Disputed;
            }

            if (Verified.Equals(Confirmed))
            {
                return LedgerLineStatus.Verified;
            }

            if (Outstanding.IsZero)
            {
                return LedgerLineStatus.Paid;
            }

            return Paid.IsZero ? LedgerLineStatus.Owed : LedgerLineStatus.PartiallyPaid;
        }
    }

    /// <summary>Records the supplier's findings for this worker. Findings may be resubmitted until payments start.</summary>
    public (LedgerLine Line, LedgerChange Change) Confirm(RepaymentBasis basis, IReadOnlyList<ConfirmedFee> confirmed)
    {
        ArgumentNullException.ThrowIfNull(confirmed);
        if (Payments.Count > 0)
        {
            return (this, LedgerChange.Refused($"Worker {WorkerRef} already has payments; confirmed amounts can no longer change."));
        }

        if (confirmed.Any(c => c.Amount.Amount < 0m))
        {
            return (this, LedgerChange.Refused($"Confirmed amounts for worker {WorkerRef} must not be negative."));
        }

        if (Basis == basis && ConfirmedFees is not null && ConfirmedFees.SequenceEqual(confirmed))
        {
            return (this, LedgerChange.AlreadyApplied);
        }

        return (this with { Basis = basis, ConfirmedFees = confirmed }, LedgerChange.Applied);
    }

    /// <summary>Adds a payment. A payment beyond what is confirmed and still unpaid in its currency is refused.</summary>
    public (LedgerLine Line, LedgerChange Change) RecordPayment(Payment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var earlier = Payments.FirstOrDefault(p => p.Id == payment.Id);
        if (earlier is not null)
        {
            return earlier.SameAs(payment)
                ? (this, LedgerChange.AlreadyApplied)
                : (this, LedgerChange.Refused($"Payment {payment.Id} was already recorded for worker {WorkerRef} with other details."));
        }

        if (Payments.Count >= MaxPayments)
        {
            return (this, LedgerChange.Refused(
                $"Worker {WorkerRef} already has {MaxPayments} payments recorded, the most one worker's line holds; " +
                "pay what is still owed in fewer, larger payments."));
        }

        if (!payment.Amount.IsPositive)
        {
            return (this, LedgerChange.Refused($"Payment {payment.Id} to worker {WorkerRef} must be more than zero."));
        }

        if (ConfirmedFees is null)
        {
            return (this, LedgerChange.Refused($"Worker {WorkerRef} has no confirmed amount yet; payments follow accepted findings."));
        }

        if (Confirmed.For(payment.Amount.Currency).Amount == 0)
        {
            // Not "more than the 0 USD ...": the case owes this worker nothing in that currency at all.
            return (this, LedgerChange.Refused(
                $"Payment {payment.Id} to worker {WorkerRef} is in {payment.Amount.Currency}, " +
                $"but this worker is owed nothing in {payment.Amount.Currency}" +
                (Confirmed.WithoutZeros().Currencies.Any()
                    ? $"; the confirmed amounts are in {string.Join(", ", Confirmed.WithoutZeros().Currencies)}."
                    : "; nothing is confirmed as owed to this worker.")));
        }

        var outstanding = Outstanding.For(payment.Amount.Currency);
        if (payment.Amount.Amount > outstanding.Amount)
        {
            return (this, LedgerChange.Refused(
                $"Payment {payment.Id} of {payment.Amount} to worker {WorkerRef} is more than the {outstanding} confirmed and still unpaid."));
        }

        return (this with { Payments = [.. Payments, payment] }, LedgerChange.Applied);
    }

    /// <summary>
    /// Records what the worker says was received in one currency. Less than recorded as paid (or nothing) is a
    /// dispute: the unconfirmed part counts as unpaid again and the line reopens.
    /// </summary>
    public (LedgerLine Line, LedgerChange Change) RecordReceipt(ReceiptConfirmation receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        if (Receipts.Any(r => r.Id == receipt.Id))
        {
            return (this, LedgerChange.AlreadyApplied);
        }

        if (Receipts.Count >= MaxReceipts)
        {
            return (this, LedgerChange.Refused(
                $"Worker {WorkerRef} already has {MaxReceipts} receipt confirmations, the most one worker's line holds."));
        }

        var currency = receipt.Currency;
        var paid = Paid.For(currency).Amount;
        var verified = Verified.For(currency).Amount;
        if (paid == 0m)
        {
            return (this, LedgerChange.Refused($"Nothing is recorded as paid to worker {WorkerRef} in {currency.Code}; record the payment first."));
        }

        if (!currency.Fits(receipt.AmountReceived) || receipt.AmountReceived < 0m)
        {
            return (this, LedgerChange.Refused($"The amount received by worker {WorkerRef} is not a valid {currency.Code} amount."));
        }

        if (receipt.Received && receipt.AmountReceived > paid)
        {
            return (this, LedgerChange.Refused(
                $"Worker {WorkerRef} confirms {receipt.AmountReceived} {currency.Code} but only {paid} {currency.Code} is recorded as paid; " +
                "record the missing payment first."));
        }

        var confirmedReceived = receipt.Received ? receipt.AmountReceived : verified;
        if (confirmedReceived < verified)
        {
            return (this, LedgerChange.Refused(
                $"Worker {WorkerRef} already confirmed receiving {verified} {currency.Code}; a receipt cannot confirm less than that."));
        }

        if (!receipt.Received && paid == verified)
        {
            return (this, LedgerChange.Refused($"Everything paid to worker {WorkerRef} in {currency.Code} was already confirmed as received."));
        }

        var shortfall = paid - confirmedReceived;
        var line = this with
        {
            Receipts = [.. Receipts, receipt],
            Verified = Verified.Add(new Money(confirmedReceived - verified, currency)),
            Disputed = Disputed.Add(new Money(shortfall, currency)),
            OpenDisputes = shortfall > 0m ? OpenDisputes.Add(currency.Code) : OpenDisputes.Remove(currency.Code),
        };
        return (line, LedgerChange.Applied);
    }
}
