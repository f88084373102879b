using Azure.Data.Tables;
using Remediation.Domain.Cases;
using Remediation.Storage.Serialization;

namespace Remediation.Storage.Cases;

/// <summary>A case as a table row: the whole case as one JSON document, plus a few columns for people reading the table.</summary>
internal static class CaseEntity
{
    public const string RowKey = "case";

    public static TableEntity From(Case @case) => new(@case.Id, RowKey)
    {
        ["Doc"] = StorageJson.Serialize(CaseDocument.From(@case)),
        ["Stage"] = @case.Stage.ToString(),
        ["PartnerId"] = @case.PartnerId,
        ["SupplierId"] = @case.SupplierId,
        ["Deadline"] = @case.Deadline,
        ["EscalationLevel"] = (int)@case.EscalationLevel,
    };

    public static Case ToCase(TableEntity entity) => StorageJson.Deserialize<CaseDocument>(entity.GetString("Doc")).ToCase();
}
