using Azure.Data.Tables;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;

namespace Remediation.Storage.Cases;

/// <summary>An index row: partition = index key, row = case id, and a projection of the case for lists and filters.</summary>
internal static class IndexEntry
{
    public static TableEntity From(string indexKey, Case @case) => new(indexKey, @case.Id)
    {
        ["PartnerId"] = @case.PartnerId,
        ["SupplierId"] = @case.SupplierId,
        ["Stage"] = @case.Stage.ToString(),
        ["Outcome"] = @case.Outcome?.ToString(),
        ["Priority"] = @case.Priority.ToString(),
        ["Deadline"] = @case.Deadline,
        ["EscalationLevel"] = (int)@case.EscalationLevel,
        ["OpenedAt"] = @case.OpenedAt,
        ["UpdatedAt"] = @case.UpdatedAt,
    };

    public static CaseListItem ToItem(TableEntity row) => new(
        row.RowKey,
        row.GetString("PartnerId"),
        row.GetString("SupplierId"),
        Enum.Parse<Stage>(row.GetString("Stage")),
        row.GetString("Outcome") is { } outcome ? Enum.Parse<CaseOutcome>(outcome) : null,
        Enum.Parse<Priority>(row.GetString("Priority")),
        row.GetDateTimeOffset("Deadline"),
        (EscalationLevel)(row.GetInt32("EscalationLevel") ?? 0),
        row.GetDateTimeOffset("OpenedAt") ?? DateTimeOffset.MinValue,
        row.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue);
}
