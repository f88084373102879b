using Remediation.Domain;
using Remediation.Domain.Cases;

namespace Remediation.Api.Views;

public sealed record CaseListItemView(
    string CaseId, string PartnerId, string? SupplierId, string Stage, string? Outcome, string Priority, DateTimeOffset? Deadline, int EscalationLevel, DateTimeOffset OpenedAt, DateTimeOffset UpdatedAt)
{
    public static CaseListItemView From(CaseListItem i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new(i.CaseId, i.PartnerId, i.SupplierId, i.Stage.ToString(), i.Outcome?.ToString(), i.Priority.ToWire(), i.Deadline, (int)i.EscalationLevel, i.OpenedAt, i.UpdatedAt);
    }
}

public sealed record PageView<T>(IReadOnlyList<T> Items, string? ContinuationToken);
