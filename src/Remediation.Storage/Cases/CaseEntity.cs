using Azure.Data.Tables;
using Remediation.Domain.Cases;
using Remediation.Storage.Serialization;

namespace Remediation.Storage.Cases;

/// <summary>A case as a table row: the whole case as one JSON document (in parts if long), plus a few columns for people reading the table.</summary>
internal static class CaseEntity
{
    public const string RowKey = "case";

    public static TableEntity From(Case @case)
    {
        var entity = new TableEntity(@case.Id, RowKey)
        {
            ["Stage"] = @case.Stage.ToString(),
            ["PartnerId"] = @case.PartnerId,
            ["SupplierId"] = @case.SupplierId,
            ["Deadline"] = @case.Deadline,
            ["EscalationLevel"] = (int)@case.EscalationLevel,
        };
        DocumentColumns.Write(entity, StorageJson.Serialize(CaseDocument.From(@case)));
        return entity;
    }

    public static Case ToCase(TableEntity entity) => StorageJson.Deserialize<CaseDocument>(DocumentColumns.Read(entity)).ToCase();
}
