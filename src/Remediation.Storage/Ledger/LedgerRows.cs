using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Remediation.Domain.Ledger;
using Remediation.Storage.Serialization;

namespace Remediation.Storage.Ledger;

/// <summary>
/// Row keys of a case's ledger partition in each ledger table: <c>line|{ref}!{version, inverted}</c> per version of a
/// worker's line (the newest sorts first), <c>summary</c> for the table's part of the running totals and
/// <c>cmd|{command}|{chunk}</c> markers that make each written chunk idempotent. Worker references use
/// <c>[A-Za-z0-9._:-]</c> only, all above '!' and '"', so one worker's versions are contiguous, workers sort in the
/// order of their references, and <c>line|{ref}"</c> is just past a worker's versions.
/// </summary>
internal static class LedgerRows
{
    public const string LinePrefix = "line|";
    public const string LineEnd = "line}";
    public const string Summary = "summary";
    public const string TablesProperty = "Tables";
    private const long NewestVersion = 999_999_999;

    /// <summary>The first key of a worker's versions (its newest).</summary>
    public static string LineStart(string workerRef) => $"{LinePrefix}{workerRef}!";

    /// <summary>Just past every version of a worker.</summary>
    public static string LineStop(string workerRef) => $"{LinePrefix}{workerRef}\"";

    public static string Line(string workerRef, long version) =>
        $"{LineStart(workerRef)}{(NewestVersion - version).ToString("D9", System.Globalization.CultureInfo.InvariantCulture)}";

    public static string WorkerOf(string rowKey) => rowKey[LinePrefix.Length..^10];

    public static long VersionOf(TableEntity entity) => entity.GetInt64("Version") ?? 1;

    public static string Marker(string commandId, int chunk) => $"{MarkerPrefix(commandId)}{chunk:D5}";

    /// <summary>Command ids are hashed: any id is then a safe row key of fixed length.</summary>
    public static string MarkerPrefix(string commandId) =>
        $"cmd|{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(commandId)))[..32]}|";

    public static TableEntity LineEntity(string caseId, LedgerLine line, long version)
    {
        var entity = new TableEntity(caseId, Line(line.WorkerRef, version)) { ["Version"] = version, ["Status"] = line.Status.ToString() };
        DocumentColumns.Write(entity, StorageJson.Serialize(LedgerLineDocument.From(line)));
        return entity;
    }

    public static LedgerLine ToLine(TableEntity entity) => StorageJson.Deserialize<LedgerLineDocument>(DocumentColumns.Read(entity)).ToLine();

    /// <summary>The row of one part of a case's summary; the first part also says how many tables the case uses.</summary>
    public static TableEntity SummaryEntity(string caseId, LedgerSummary summary, int lane, int tables)
    {
        var entity = new TableEntity(caseId, Summary) { ["Workers"] = summary.Workers };
        if (lane == 0)
        {
            entity[TablesProperty] = tables;
        }

        DocumentColumns.Write(entity, StorageJson.Serialize(LedgerSummaryDocument.From(summary)));
        return entity;
    }

    /// <summary>How many tables the case's ledger uses, from its first summary part (one for a ledger from before the spread).</summary>
    public static int TablesOf(TableEntity firstPart) => firstPart.GetInt32(TablesProperty) is { } tables and >= 1 and <= LedgerShard.Count
        ? tables
        : 1;

    public static LedgerSummary ToSummary(TableEntity entity) =>
        StorageJson.Deserialize<LedgerSummaryDocument>(DocumentColumns.Read(entity)).ToSummary();
}
