using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Remediation.Domain.Ledger;
using Remediation.Storage.Serialization;

namespace Remediation.Storage.Ledger;

/// <summary>
/// Row keys of a case's ledger partition: <c>line|{ref}</c> per worker, <c>summary</c> for the running totals and
/// <c>cmd|{command}|{chunk}</c> markers that make each written chunk idempotent.
/// </summary>
internal static class LedgerRows
{
    public const string LinePrefix = "line|";
    public const string LineEnd = "line}";
    public const string Summary = "summary";

    public static string Line(string workerRef) => LinePrefix + workerRef;

    public static string Marker(string commandId, int chunk) => $"{MarkerPrefix(commandId)}{chunk:D5}";

    /// <summary>Command ids are hashed: any id is then a safe row key of fixed length.</summary>
    public static string MarkerPrefix(string commandId) =>
        $"cmd|{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(commandId)))[..32]}|";

    public static TableEntity LineEntity(string caseId, LedgerLine line) => new(caseId, Line(line.WorkerRef))
    {
        ["Doc"] = StorageJson.Serialize(LedgerLineDocument.From(line)),
        ["Status"] = line.Status.ToString(),
    };

    public static LedgerLine ToLine(TableEntity entity) => StorageJson.Deserialize<LedgerLineDocument>(entity.GetString("Doc")).ToLine();

    public static TableEntity SummaryEntity(string caseId, LedgerSummary summary) => new(caseId, Summary)
    {
        ["Doc"] = StorageJson.Serialize(LedgerSummaryDocument.From(summary)),
        ["Workers"] = summary.Workers,
    };

    public static LedgerSummary ToSummary(TableEntity entity) => StorageJson.Deserialize<LedgerSummaryDocument>(entity.GetString("Doc")).ToSummary();
}
