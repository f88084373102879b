using Azure;
using Azure.Data.Tables;
using Remediation.Domain.Confirmations;

namespace Remediation.Storage.Confirmations;

/// <summary>
/// Confirmation codes in the ledger's table family (<c>ledgercodes</c>): a row per code under its keyed hash
/// (partition <c>c|hash</c>), and per case a row per worker naming the worker's current code (partition
/// <c>w|case</c>, row = worker reference). A code counts only while its worker's row names it, so a newer batch
/// replaces it even if deleting the old row failed half-way.
/// </summary>
public sealed class TableConfirmationCodeStore(RemediationTables tables) : IConfirmationCodeStore
{
    private const int Concurrency = 16;

    public async Task IssueAsync(IReadOnlyList<IssuedCode> codes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken };
        var replaced = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(codes, parallel, async (code, ct) =>
        {
            await tables.Codes.AddEntityAsync(ToEntity(code), ct).ConfigureAwait(false);
            var current = await tables.Codes.GetEntityIfExistsAsync<TableEntity>(WorkerPartition(code.CaseId), code.WorkerRef, cancellationToken: ct)
                .ConfigureAwait(false);
            if (current.HasValue && current.Value!.GetString("CodeHash") is { } old && old != code.CodeHash)
            {
                replaced.Add(old);
            }
        }).ConfigureAwait(false);

        // The workers' rows switch to the new codes in transactions of a hundred (one partition per case).
        foreach (var byCase in codes.GroupBy(c => c.CaseId))
        {
            foreach (var chunk in byCase.Chunk(Limits.TableLimits.MaxBatchOperations))
            {
                await tables.Codes.SubmitTransactionAsync(
                    chunk.Select(c => new TableTransactionAction(
                        TableTransactionActionType.UpsertReplace,
                        new TableEntity(WorkerPartition(c.CaseId), c.WorkerRef) { ["CodeHash"] = c.CodeHash, ["BatchId"] = c.BatchId })),
                    cancellationToken).ConfigureAwait(false);
            }
        }

        await Parallel.ForEachAsync(replaced, parallel, async (old, ct) =>
            await tables.Codes.DeleteEntityAsync(CodePartition(old), string.Empty, ETag.All, ct).ConfigureAwait(false)).ConfigureAwait(false);
    }

    public async Task<IssuedCode?> FindAsync(string codeHash, CancellationToken cancellationToken = default)
    {
        var row = await tables.Codes.GetEntityIfExistsAsync<TableEntity>(CodePartition(codeHash), string.Empty, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (!row.HasValue)
        {
            return null;
        }

        var code = FromEntity(row.Value!);
        var current = await tables.Codes.GetEntityIfExistsAsync<TableEntity>(
            WorkerPartition(code.CaseId), code.WorkerRef, cancellationToken: cancellationToken).ConfigureAwait(false);
        return current.HasValue && current.Value!.GetString("CodeHash") == codeHash ? code : null;
    }

    public Task<bool> MarkAnsweredAsync(IssuedCode code, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        MarkOnceAsync(code, "AnsweredAt", at, cancellationToken);

    public async Task ReleaseAnsweredAsync(IssuedCode code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        var row = await tables.Codes.GetEntityIfExistsAsync<TableEntity>(
            CodePartition(code.CodeHash), string.Empty, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (row.HasValue && row.Value!.Remove("AnsweredAt"))
        {
            await tables.Codes.UpdateEntityAsync(row.Value, row.Value.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task<bool> MarkPressureReportedAsync(IssuedCode code, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        MarkOnceAsync(code, "PressureReportedAt", at, cancellationToken);

    private static string CodePartition(string codeHash) => "c|" + codeHash;

    private static string WorkerPartition(string caseId) => "w|" + caseId;

    private static TableEntity ToEntity(IssuedCode code) => new(CodePartition(code.CodeHash), string.Empty)
    {
        ["CaseId"] = code.CaseId,
        ["WorkerRef"] = code.WorkerRef,
        ["BatchId"] = code.BatchId,
        ["IssuedAt"] = code.IssuedAt,
        ["ExpiresOn"] = code.ExpiresOn.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["Language"] = code.Language,
    };

    private static IssuedCode FromEntity(TableEntity e) => new(
        e.PartitionKey[2..],
        e.GetString("CaseId"),
        e.GetString("WorkerRef"),
        e.GetString("BatchId"),
        e.GetDateTimeOffset("IssuedAt")!.Value,
        DateOnly.ParseExact(e.GetString("ExpiresOn"), "O", System.Globalization.CultureInfo.InvariantCulture),
        e.GetString("Language"),
        e.GetDateTimeOffset("AnsweredAt"),
        e.GetDateTimeOffset("PressureReportedAt"));

    /// <summary>Sets a moment once, under the row's ETag: of two answers racing, one wins.</summary>
    private async Task<bool> MarkOnceAsync(IssuedCode code, string property, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        var row = await tables.Codes.GetEntityIfExistsAsync<TableEntity>(
            CodePartition(code.CodeHash), string.Empty, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!row.HasValue || row.Value!.GetDateTimeOffset(property) is not null)
        {
            return false;
        }

        try
        {
            await tables.Codes.UpdateEntityAsync(
                new TableEntity(row.Value.PartitionKey, row.Value.RowKey) { [property] = at },
                row.Value.ETag,
                TableUpdateMode.Merge,
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == StorageStatus.PreconditionFailed)
        {
            return false;
        }
    }
}
