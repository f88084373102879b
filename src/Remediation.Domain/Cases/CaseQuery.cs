namespace Remediation.Domain.Cases;

/// <summary>Filters of a case list. Partners and suppliers always have their own party filled in by the caller.</summary>
public sealed record CaseQuery(
    Stage? Stage = null,
    string? SupplierId = null,
    string? PartnerId = null,
    bool OverdueOnly = false,
    Deadlines.EscalationLevel? MinEscalationLevel = null);
