namespace Remediation.Contracts.Cases;

/// <summary>What a list shows of a case: which factory and grievance it is, where it stands, who must act, what is still owed.</summary>
public sealed record CaseListItem
{
    public required string CaseId { get; init; }

    public required string PartnerId { get; init; }

    /// <summary>The partner's own reference for the grievance.</summary>
    public required string PartnerReference { get; init; }

    public required FactoryView Factory { get; init; }

    public string? SupplierId { get; init; }

    public required Stage Stage { get; init; }

    public CaseOutcome? Outcome { get; init; }

    public required Priority Priority { get; init; }

    public DateTimeOffset? Deadline { get; init; }

    public required int EscalationLevel { get; init; }

    /// <summary>Who must act now; nobody once the case is closed.</summary>
    public required WaitingFor WaitingFor { get; init; }

    /// <summary>Confirmed and not yet paid, per currency (none before findings are accepted, or once all is paid).</summary>
    public required IReadOnlyList<MoneyView> Outstanding { get; init; }

    public required DateTimeOffset OpenedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }
}
