namespace Remediation.Contracts.Cases;

/// <summary>One worker's ledger line, by pseudonymous reference only.</summary>
public sealed record LedgerLineView
{
    public required string Ref { get; init; }

    public required string Nationality { get; init; }

    public DateOnly? HiredOn { get; init; }

    public required EmploymentStatus EmploymentStatus { get; init; }

    public required LedgerLineStatus Status { get; init; }

    public required IReadOnlyList<FeeView> Fees { get; init; }

    public required IReadOnlyList<CurrencyTotals> Totals { get; init; }

    public required IReadOnlyList<PaymentView> Payments { get; init; }

    /// <summary>
    /// The worker's receipts, for the partner and caseworkers; absent for the supplier (a worker's own answer would tell it
    /// who holds a code, and so who is in the verification sample).
    /// </summary>
    public IReadOnlyList<ReceiptView>? Receipts { get; init; }
}
