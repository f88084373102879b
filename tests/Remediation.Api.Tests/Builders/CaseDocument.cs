namespace Remediation.Api.Tests.Builders;

/// <summary>The parts of GET /cases/{id} the tests read, as a client would deserialise them.</summary>
internal sealed record CaseDocument(
    string CaseId,
    string Stage,
    string? Outcome,
    string Priority,
    int EscalationLevel,
    string? SupplierId,
    DateTimeOffset? Deadline,
    IReadOnlyList<TotalsDocument> Totals,
    WorkersDocument Workers,
    bool FindingsAwaitingDecision,
    bool PlanAwaitingDecision);

internal sealed record TotalsDocument(string Currency, string Claimed, string Confirmed, string Paid, string Verified, string Outstanding);

internal sealed record WorkersDocument(int Total, int Owed, Dictionary<string, int> ByStatus);
