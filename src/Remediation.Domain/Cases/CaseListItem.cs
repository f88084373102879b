using Remediation.Domain.Deadlines;

namespace Remediation.Domain.Cases;

/// <summary>What a list shows of a case: enough to answer "where is it, who is late", without reading the case.</summary>
public sealed record CaseListItem(
    string CaseId,
    string PartnerId,
    string? SupplierId,
    Stage Stage,
    CaseOutcome? Outcome,
    Priority Priority,
    DateTimeOffset? Deadline,
    EscalationLevel EscalationLevel,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt)
{
    public static CaseListItem From(Case @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return new(@case.Id, @case.PartnerId, @case.SupplierId, @case.Stage, @case.Outcome, @case.Priority, @case.Deadline, @case.EscalationLevel, @case.OpenedAt, @case.UpdatedAt);
    }
}
