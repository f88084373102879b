using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Cases;

/// <summary>A case as GET /cases/{caseId} shows it: where it is, who is late and how much is still owed, per currency.</summary>
public sealed record CaseView
{
    public required string CaseId { get; init; }

    public required string PartnerId { get; init; }

    public required string PartnerReference { get; init; }

    public string? SupplierId { get; init; }

    public required IReadOnlyList<string> Contracts { get; init; }

    public required FactoryView Factory { get; init; }

    public required string Summary { get; init; }

    public required IReadOnlyList<ForcedLabourIndicator> Indicators { get; init; }

    public required Priority Priority { get; init; }

    public required Stage Stage { get; init; }

    public CaseOutcome? Outcome { get; init; }

    public string? ClosingReason { get; init; }

    /// <summary>When the current step is due; absent once closed.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>0 on time; 1 reminder, 2 formal notice, 3 contract escalation, 4 sanctions recommended.</summary>
    [Range(0, 4)]
    public required int EscalationLevel { get; init; }

    public required WaitingFor WaitingFor { get; init; }

    public required bool RetaliationReported { get; init; }

    public RepaymentBasis? Basis { get; init; }

    public IReadOnlyList<InstalmentView>? Plan { get; init; }

    public required bool PlanAwaitingDecision { get; init; }

    public required bool FindingsAwaitingDecision { get; init; }

    /// <summary>Totals per currency, never mixed.</summary>
    public required IReadOnlyList<CurrencyTotals> Totals { get; init; }

    public required WorkerCounts Workers { get; init; }

    public required DateTimeOffset OpenedAt { get; init; }

    public required DateTimeOffset StageEnteredAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? FirstPaymentAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }
}
