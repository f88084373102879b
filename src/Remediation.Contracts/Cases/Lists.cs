namespace Remediation.Contracts.Cases;

/// <summary>A page of a list; pass <see cref="ContinuationToken"/> back unchanged for the next page (absent on the last one).</summary>
public sealed record Page<T>
{
    public required IReadOnlyList<T> Items { get; init; }

    public string? ContinuationToken { get; init; }
}

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

/// <summary>One step of a case's timeline, hash-linked to the one before.</summary>
public sealed record TimelineEntry
{
    public required long Sequence { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>partner, supplier, caseworker, admin or system (the clock).</summary>
    public required string ActorRole { get; init; }

    public string? ActorPartyId { get; init; }

    /// <summary>What happened: case.opened, stage.changed, escalated, payments.recorded, command.rejected, ...</summary>
    public required string Kind { get; init; }

    /// <summary>Withheld from suppliers for retaliation reports (they see that a report was made, not what it said).</summary>
    public required string Description { get; init; }

    public required string PreviousHash { get; init; }

    public required string Hash { get; init; }
}

/// <summary>The result of walking a case's timeline: its keyed hash chain, its head and its append-only checkpoints.</summary>
public sealed record TimelineVerification
{
    public required string CaseId { get; init; }

    public required bool Intact { get; init; }

    public required long EntriesChecked { get; init; }

    public long? FirstBrokenSequence { get; init; }

    public string? Problem { get; init; }

    /// <summary>
    /// The last entry an append-only checkpoint vouches for: up to it, not even a writer holding the server's key
    /// could have rewritten the timeline unnoticed. Entries after it (at most the newest few) are vouched for by
    /// their keyed hashes only.
    /// </summary>
    public long? CheckpointedThrough { get; init; }
}

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
}

public sealed record FeeView
{
    public required FeeCategory Category { get; init; }

    public required MoneyView Amount { get; init; }

    public string? PaidTo { get; init; }

    public DateOnly? PaidOn { get; init; }
}

public sealed record PaymentView
{
    public required string PaymentId { get; init; }

    public required MoneyView Amount { get; init; }

    public required DateOnly PaidOn { get; init; }

    public required string Method { get; init; }
}
