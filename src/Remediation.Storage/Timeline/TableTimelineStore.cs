using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Remediation.Domain.Keys;
using Remediation.Domain.Paging;
using Remediation.Domain.Parties;
using Remediation.Domain.Timeline;
using Remediation.Storage.Paging;

using Remediation.Storage.Serialization;

namespace Remediation.Storage.Timeline;

/// <summary>
/// Each case's timeline in one partition: entries <c>e|{sequence}</c>, a <c>head</c> row with the last sequence
/// and hash, and <c>key|{hash}</c> rows that make appends idempotent. An append is one transaction (entries, head
/// moved on with its ETag, key), so the chain can neither fork nor gain a duplicate; each entry is sealed with the key
/// ring's timeline key, and the new head is then checkpointed to append-only storage (a retried append checkpoints
/// the head it finds, so a crash between the two loses at most the newest heads' checkpoints, never the chain).
/// </summary>
public sealed class TableTimelineStore(RemediationTables tables, RemediationBlobs blobs, KeyRing keys) : ITimelineStore
{
    private readonly BlobTimelineCheckpoints checkpoints = new(blobs);
    private readonly PageTokens tokens = new(keys);

    public const int MaxRecordsPerAppend = 98;
    private const string EntryPrefix = "e|";
    private const string EntryEnd = "e}";
    private const string Head = "head";
    private const int MaxAttempts = 20;

    private TableClient Table => tables.Timeline;

    public async Task<bool> AppendAsync(
        string caseId, string idempotencyKey, IReadOnlyList<TimelineRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(caseId);
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count is 0 or > MaxRecordsPerAppend)
        {
            throw new ArgumentException($"Append 1 to {MaxRecordsPerAppend} records at a time.", nameof(records));
        }

        var keyRow = "key|" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)));
        for (var attempt = 1; ; attempt++)
        {
            var head = await Table.GetEntityIfExistsAsync<TableEntity>(caseId, Head, cancellationToken: cancellationToken).ConfigureAwait(false);
            var sequence = head.HasValue ? head.Value!.GetInt64("Sequence") ?? 0 : 0;
            var previousHash = head.HasValue ? head.Value!.GetString("Hash") : TimelineHash.Genesis;
            var entries = new List<TimelineEntry>(records.Count);
            foreach (var record in records)
            {
                var entry = TimelineEntry.Chain(++sequence, previousHash, record, keys);
                entries.Add(entry);
                previousHash = entry.Hash;
            }

            var newHead = new TableEntity(caseId, Head) { ["Sequence"] = sequence, ["Hash"] = previousHash };
            var actions = new List<TableTransactionAction> { new(TableTransactionActionType.Add, new TableEntity(caseId, keyRow)) };
            actions.AddRange(entries.Select(e => new TableTransactionAction(TableTransactionActionType.Add, ToEntity(caseId, e))));
            actions.Add(head.HasValue
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, newHead, head.Value!.ETag)
                : new TableTransactionAction(TableTransactionActionType.Add, newHead));
            try
            {
                await Table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                await checkpoints.AppendAsync(caseId, new TimelineCheckpoint(sequence, previousHash), cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (TableTransactionFailedException e) when (e.IsConflict())
            {
                if (e.FailedTransactionActionIndex == 0)
                {
                    // This key was appended before: a retry, perhaps of one cut off before its checkpoint.
                    if (head.HasValue)
                    {
                        await checkpoints.AppendAsync(
                            caseId, new TimelineCheckpoint(head.Value!.GetInt64("Sequence") ?? 0, head.Value!.GetString("Hash")), cancellationToken)
                            .ConfigureAwait(false);
                    }

                    return false;
                }

                if (attempt >= MaxAttempts)
                {
                    throw;
                }

                // Another append moved the head on: chain onto the new head.
            }
        }
    }

    public Task<Paged<TimelineEntry>> GetAsync(string caseId, PageRequest page, CancellationToken cancellationToken = default) =>
        PagedQuery.ReadAsync(tokens, Table, EntriesOf(caseId), "timeline:" + caseId, page, ToEntry, cancellationToken);

    public async Task<TimelineVerification> VerifyAsync(string caseId, CancellationToken cancellationToken = default)
    {
        var entries = new List<TimelineEntry>();
        await foreach (var row in Table.QueryAsync<TableEntity>(EntriesOf(caseId), 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            entries.Add(ToEntry(row));
        }

        var head = await Table.GetEntityIfExistsAsync<TableEntity>(caseId, Head, cancellationToken: cancellationToken).ConfigureAwait(false);
        var written = await checkpoints.ReadAsync(caseId, cancellationToken).ConfigureAwait(false);
        return head.HasValue
            ? TimelineVerification.Verify(entries, keys, head.Value!.GetString("Hash"), head.Value!.GetInt64("Sequence"), written)
            : TimelineVerification.Verify(entries, keys, TimelineHash.Genesis, 0, written);
    }

    private static string EntriesOf(string caseId) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {caseId} and RowKey ge {EntryPrefix} and RowKey lt {EntryEnd}");

    private static TableEntity ToEntity(string caseId, TimelineEntry entry)
    {
        var entity = new TableEntity(caseId, EntryPrefix + entry.Sequence.ToString("D12", CultureInfo.InvariantCulture))
        {
            ["Sequence"] = entry.Sequence,
            ["At"] = entry.At,
            ["ActorRole"] = entry.ActorRole.ToString(),
            ["ActorPartyId"] = entry.ActorPartyId,
            ["Kind"] = entry.Kind,
            ["Description"] = entry.Description,
            ["PreviousHash"] = entry.PreviousHash,
            ["Hash"] = entry.Hash,
            ["KeyId"] = entry.KeyId,
        };
        ActedByColumns.Write(entity, entry.By);
        return entity;
    }

    private static TimelineEntry ToEntry(TableEntity row) => new(
        row.GetInt64("Sequence") ?? 0,
        row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
        Enum.Parse<Role>(row.GetString("ActorRole")),
        row.GetString("ActorPartyId"),
        row.GetString("Kind"),
        row.GetString("Description"),
        row.GetString("PreviousHash"),
        row.GetString("Hash"),
        row.GetString("KeyId") ?? string.Empty)
    {
        By = ActedByColumns.Read(row),
    };
}
