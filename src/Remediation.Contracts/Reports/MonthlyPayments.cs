namespace Remediation.Contracts.Reports;

/// <summary>What was paid to workers in one month, per currency.</summary>
public sealed record MonthlyPayments
{
    /// <summary>"2026-01".</summary>
    public required string Month { get; init; }

    public required IReadOnlyList<Cases.MoneyView> Amounts { get; init; }
}
