using Remediation.Domain;
using Remediation.Domain.Ledger;
using Remediation.Workflows.Commands.Findings;
using Remediation.Workflows.Commands.Payments;
using Remediation.Workflows.Commands.Plan;
using Remediation.Workflows.Commands.Receipts;
using Remediation.Workflows.Commands.Triage;

namespace Remediation.Workflows.Tests.Builders;

/// <summary>Command payloads built from the ledger as it stands, so tests say what they mean ("confirm everything").</summary>
internal static class Payloads
{
    public static TriagePayload Accept(string priority = "standard") => new(true, "SUP-1", ["CCS-RM6068-001"], priority);

    public static FindingsPayload ConfirmEverything(IEnumerable<LedgerLine> lines) => new(
        "zero_fee",
        "Agents in Myanmar charged fees the employer did not pay.",
        [.. lines.Select(l => new WorkerFindingsPayload(l.WorkerRef, [.. l.Fees.Select(f => new ConfirmedFeePayload(f.Category.ToWire(), f.Amount.Amount, f.Amount.Currency.Code))]))]);

    /// <summary>Two instalments: about half of each currency, then the rest.</summary>
    public static PlanPayload TwoInstalments(LedgerSummary summary, DateTimeOffset first, DateTimeOffset second)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var amounts = summary.Confirmed.WithoutZeros().Amounts;
        var halves = amounts.Select(m => decimal.Round(m.Amount / 2, m.Currency.MinorUnits, MidpointRounding.ToZero)).ToList();
        return new PlanPayload([
            new InstalmentPayload(1, first, [.. amounts.Select((m, i) => new MoneyPayload(halves[i], m.Currency.Code))]),
            new InstalmentPayload(2, second, [.. amounts.Select((m, i) => new MoneyPayload(m.Amount - halves[i], m.Currency.Code))]),
        ]);
    }

    /// <summary>Pays each line the given share of what it is still owed, per currency.</summary>
    public static PaymentsPayload Pay(IEnumerable<LedgerLine> lines, decimal share, string batch) => new([
        .. lines.SelectMany(l => l.Outstanding.WithoutZeros().Amounts.Select(owed => new PaymentPayload(
            l.WorkerRef,
            $"{batch}-{l.WorkerRef}-{owed.Currency.Code}",
            share == 1m ? owed.Amount : decimal.Round(owed.Amount * share, owed.Currency.MinorUnits, MidpointRounding.ToZero),
            owed.Currency.Code,
            new DateOnly(2026, 1, 15),
            "bank_transfer"))).Where(p => p.Amount > 0),
    ]);

    /// <summary>Every worker confirms receiving everything recorded as paid.</summary>
    public static ReceiptsPayload ConfirmAll(IEnumerable<LedgerLine> lines, string batch) => new([
        .. lines.SelectMany(l => l.Paid.WithoutZeros().Amounts.Select(paid => new ReceiptPayload(
            l.WorkerRef, $"{batch}-{l.WorkerRef}-{paid.Currency.Code}", true, paid.Amount, paid.Currency.Code, "bank_transfer", false, new DateOnly(2026, 2, 1)))),
    ]);
}
