using System.Text.Json;
using Azure.Data.Tables;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Parties;
using Remediation.Storage.Serialization;

namespace Remediation.Storage.Cases;

/// <summary>An index row: partition = index key, row = case id, and a projection of the case for lists and filters.</summary>
internal static class IndexEntry
{
    public static TableEntity From(string indexKey, CaseListItem item) => new(indexKey, item.CaseId)
    {
        ["PartnerId"] = item.PartnerId,
        ["PartnerReference"] = item.PartnerReference,
        ["FactoryName"] = item.FactoryName,
        ["FactoryCountry"] = item.FactoryCountry,
        ["SupplierId"] = item.SupplierId,
        ["Stage"] = item.Stage.ToString(),
        ["Outcome"] = item.Outcome?.ToString(),
        ["Priority"] = item.Priority.ToString(),
        ["Deadline"] = item.Deadline,
        ["EscalationLevel"] = (int)item.EscalationLevel,
        ["WaitingFor"] = item.WaitingFor?.ToString(),
        // One amount per currency: a few dozen bytes, exact (decimals as JSON numbers).
        ["Outstanding"] = JsonSerializer.Serialize(MoneyDocument.FromTotals(item.Outstanding)),
        ["OpenedAt"] = item.OpenedAt,
        ["UpdatedAt"] = item.UpdatedAt,
    };

    public static CaseListItem ToItem(TableEntity row) => new(
        row.RowKey,
        row.GetString("PartnerId"),
        row.GetString("PartnerReference") ?? string.Empty,
        row.GetString("FactoryName") ?? string.Empty,
        row.GetString("FactoryCountry") ?? string.Empty,
        row.GetString("SupplierId"),
        Enum.Parse<Stage>(row.GetString("Stage")),
        row.GetString("Outcome") is { } outcome ? Enum.Parse<CaseOutcome>(outcome) : null,
        Enum.Parse<Priority>(row.GetString("Priority")),
        row.GetDateTimeOffset("Deadline"),
        (EscalationLevel)(row.GetInt32("EscalationLevel") ?? 0),
        row.GetString("WaitingFor") is { } waiting ? Enum.Parse<Role>(waiting) : null,
        MoneyDocument.ToTotals(row.GetString("Outstanding") is { } owed ? JsonSerializer.Deserialize<Dictionary<string, decimal>>(owed) : null),
        row.GetDateTimeOffset("OpenedAt") ?? DateTimeOffset.MinValue,
        row.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue);
}
