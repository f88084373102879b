using Remediation.Contracts.Cases;

namespace Remediation.Contracts.Reports;

/// <summary>GET /reports/summary: every case at a glance.</summary>
public sealed record SummaryReport
{
    public required int Cases { get; init; }

    /// <summary>Money per currency across all cases.</summary>
    public required IReadOnlyList<CurrencyTotals> Totals { get; init; }

    /// <summary>Cases per stage name.</summary>
    public required IReadOnlyDictionary<string, int> CasesByStage { get; init; }

    /// <summary>Cases per escalation level ("0" to "4").</summary>
    public required IReadOnlyDictionary<string, int> CasesByEscalationLevel { get; init; }

    /// <summary>Median days from intake to the first payment, over cases with one (2 decimals).</summary>
    public decimal? MedianDaysIntakeToFirstPayment { get; init; }

    public decimal? MedianDaysIntakeToClosed { get; init; }

    /// <summary>Payments recorded across all cases, by the month they were paid, oldest first.</summary>
    public IReadOnlyList<MonthlyPayments>? PaymentsByMonth { get; init; }

    /// <summary>
    /// Median days of a completed stay in each stage (2 decimals), over every case's timeline; stages no case has left yet are absent.
    /// </summary>
    public IReadOnlyDictionary<string, decimal>? MedianDaysInStage { get; init; }
}
