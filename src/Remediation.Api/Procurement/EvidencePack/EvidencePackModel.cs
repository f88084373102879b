using Remediation.Contracts.Cases;
using Remediation.Contracts.Procurement;

namespace Remediation.Api.Procurement.EvidencePack;

/// <summary>What one evidence pack shows: the supplier's record and, per disclosed case, its figures and timeline check.</summary>
/// <param name="GeneratedBy">The caseworker's display name; absent when a service generated the pack.</param>
/// <param name="ServiceUrl">Where the reader can check the timelines later.</param>
public sealed record EvidencePackModel(
    SupplierView Supplier,
    IReadOnlyList<EvidenceCase> Cases,
    DateTimeOffset GeneratedAt,
    string? GeneratedBy,
    string ServiceUrl);

/// <summary>
/// One case in the pack. It carries counts, sums and timeline kinds only: timeline descriptions can name workers, so the
/// pack never receives them.
/// </summary>
/// <param name="DeadlinesMissed">Supplier deadlines that escalated.</param>
/// <param name="TimelineIntact">Whether the keyed hash chain verified when the pack was made.</param>
/// <param name="CheckpointedThrough">The last entry sequence covered by a stored checkpoint, if any.</param>
public sealed record EvidenceCase(
    string CaseId,
    string FactoryKey,
    string Stage,
    string? Outcome,
    DateTimeOffset OpenedAt,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? ClosedAt,
    int HighestSupplierLevel,
    int DeadlinesMissed,
    decimal DaysLate,
    int Workers,
    IReadOnlyList<CurrencyTotals> Totals,
    bool TimelineIntact,
    long EntriesChecked,
    long? HeadSequence,
    string? HeadHash,
    long? CheckpointedThrough,
    IReadOnlyList<EvidenceFact> KeyFacts);

/// <summary>A timeline entry by kind ("stage.changed", "escalated", "payments.recorded") and time; never its description.</summary>
public sealed record EvidenceFact(DateTimeOffset At, string Kind, long Sequence);
