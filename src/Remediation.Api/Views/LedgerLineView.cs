using Remediation.Domain;
using Remediation.Domain.Ledger;

namespace Remediation.Api.Views;

/// <summary>One worker's line, by pseudonymous reference only.</summary>
public sealed record LedgerLineView(
    string Ref,
    string Nationality,
    DateOnly? HiredOn,
    string EmploymentStatus,
    string Status,
    IReadOnlyList<FeeView> Fees,
    IReadOnlyList<CurrencyTotalsView> Totals,
    IReadOnlyList<PaymentView> Payments)
{
    public static LedgerLineView From(LedgerLine l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return new(
            l.WorkerRef, l.Nationality.Code, l.HiredOn, l.EmploymentStatus.ToWire(), l.Status.ToString(),
            [.. l.Fees.Select(f => new FeeView(f.Category.ToWire(), MoneyView.From(f.Amount), f.PaidTo, f.PaidOn))],
            CurrencyTotalsView.From(l.Claimed, l.Confirmed, l.Paid, l.Verified),
            [.. l.Payments.Select(p => new PaymentView(p.Id, MoneyView.From(p.Amount), p.PaidOn, p.Method))]);
    }
}

public sealed record FeeView(string Category, MoneyView Amount, string? PaidTo, DateOnly? PaidOn);

public sealed record PaymentView(string PaymentId, MoneyView Amount, DateOnly PaidOn, string Method);
