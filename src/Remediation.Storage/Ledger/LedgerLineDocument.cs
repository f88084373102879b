using System.Collections.Immutable;
using Remediation.Domain.Currencies;
using Remediation.Domain.Geography;
using Remediation.Domain.Ledger;
using Remediation.Storage.Serialization;

namespace Remediation.Storage.Ledger;

/// <summary>The stored shape of one worker's ledger line.</summary>
internal sealed record LedgerLineDocument(
    string Ref,
    string Nationality,
    DateOnly? HiredOn,
    EmploymentStatus EmploymentStatus,
    List<FeeDocument> Fees,
    RepaymentBasis? Basis,
    List<ConfirmedFeeDocument>? Confirmed,
    List<PaymentDocument> Payments,
    List<ReceiptDocument> Receipts,
    Dictionary<string, decimal> Disputed,
    Dictionary<string, decimal> Verified,
    List<string> OpenDisputes)
{
    public static LedgerLineDocument From(LedgerLine line) => new(
        line.WorkerRef,
        line.Nationality.Code,
        line.HiredOn,
        line.EmploymentStatus,
        [.. line.Fees.Select(f => new FeeDocument(f.Category, MoneyDocument.From(f.Amount), f.PaidTo, f.PaidOn))],
        line.Basis,
        line.ConfirmedFees?.Select(c => new ConfirmedFeeDocument(c.Category, MoneyDocument.From(c.Amount))).ToList(),
        [.. line.Payments.Select(p => new PaymentDocument(p.Id, MoneyDocument.From(p.Amount), p.PaidOn, p.Method, [.. p.EvidenceIds]))],
        [.. line.Receipts.Select(r => new ReceiptDocument(
            r.Id, r.Currency.Code, r.Received, r.AmountReceived, r.Method, r.RetaliationReported, r.ConfirmedOn, [.. r.EvidenceIds]))],
        MoneyDocument.FromTotals(line.Disputed),
        MoneyDocument.FromTotals(line.Verified),
        [.. line.OpenDisputes]);

    public LedgerLine ToLine() => new(
        Ref,
        Country.Of(Nationality),
        HiredOn,
        EmploymentStatus,
        [.. Fees.Select(f => new FeeItem(f.Category, f.Amount.ToMoney(), f.PaidTo, f.PaidOn))])
    {
        Basis = Basis,
        ConfirmedFees = Confirmed?.Select(c => new ConfirmedFee(c.Category, c.Amount.ToMoney())).ToList(),
        Payments = [.. Payments.Select(p => new Payment(p.Id, p.Amount.ToMoney(), p.PaidOn, p.Method, p.EvidenceIds))],
        Receipts = [.. Receipts.Select(r => new ReceiptConfirmation(
            r.Id, Currency.Of(r.Currency), r.Received, r.AmountReceived, r.Method, r.RetaliationReported, r.ConfirmedOn, r.EvidenceIds))],
        Disputed = MoneyDocument.ToTotals(Disputed),
        Verified = MoneyDocument.ToTotals(Verified),
        OpenDisputes = ImmutableSortedSet.CreateRange(StringComparer.Ordinal, OpenDisputes),
    };
}

internal sealed record FeeDocument(FeeCategory Category, MoneyDocument Amount, string? PaidTo, DateOnly? PaidOn);

internal sealed record ConfirmedFeeDocument(FeeCategory Category, MoneyDocument Amount);

internal sealed record PaymentDocument(string Id, MoneyDocument Amount, DateOnly PaidOn, string Method, List<string> EvidenceIds);

internal sealed record ReceiptDocument(
    string Id,
    string Currency,
    bool Received,
    decimal AmountReceived,
    string? Method,
    bool RetaliationReported,
    DateOnly ConfirmedOn,
    List<string> EvidenceIds);
