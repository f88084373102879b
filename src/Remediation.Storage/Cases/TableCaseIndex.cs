using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Remediation.Domain.Cases;
using Remediation.Domain.Ledger;
using Remediation.Domain.Paging;
using Remediation.Storage.Paging;

namespace Remediation.Storage.Cases;

/// <summary>
/// The case index table. Each list query reads one index partition (or a range of deadline-day partitions) and
/// filters on the projection stored in the index rows, so no query reads the whole cases table.
/// </summary>
public sealed class TableCaseIndex(RemediationTables tables, Domain.Keys.KeyRing keys, ILedgerStore ledger) : ICaseIndex
{
    private const string MembershipRow = "keys";

    private readonly PageTokens tokens = new(keys);

    public async Task UpdateAsync(Case @case, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var table = tables.CaseIndex;
        var current = IndexKeys.For(@case);
        // Read after the ledger was written (a command writes its ledger lines before it saves the case).
        var summary = ledger.GetSummaryAsync(@case.Id, cancellationToken);
        var membership = await table.GetEntityIfExistsAsync<TableEntity>(
            IndexKeys.Membership(@case.Id), MembershipRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        var item = CaseListItem.From(@case, await summary.ConfigureAwait(false));
        var previous = membership.HasValue
            ? (membership.Value!.GetString("Keys") ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            : [];

        // Most saves keep the case in the same lists: then only its rows change, not its membership.
        var moves = !previous.ToHashSet(StringComparer.Ordinal).SetEquals(current);

        // Record the new membership first: if we stop half-way, the next update still knows every key to clean up.
        if (moves)
        {
            var all = previous.Union(current).ToList();
            await table.UpsertEntityAsync(Membership(@case.Id, all), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }

        await Task.WhenAll(
            current.Select(key => table.UpsertEntityAsync(IndexEntry.From(key, item), TableUpdateMode.Replace, cancellationToken))
                .Concat(previous.Except(current).Select(key => table.DeleteEntityAsync(key, @case.Id, ETag.All, cancellationToken))))
            .ConfigureAwait(false);
        if (moves)
        {
            await table.UpsertEntityAsync(Membership(@case.Id, current), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
    }

    private static TableEntity Membership(string caseId, IEnumerable<string> keys) =>
        new(IndexKeys.Membership(caseId), MembershipRow) { ["Keys"] = string.Join('\n', keys) };

    public Task<Paged<CaseListItem>> QueryAsync(CaseQuery query, DateTimeOffset now, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = Filter(query, now);
        // The scope names the query, not the clock: an overdue list keeps paging while time moves on.
        var scope = "cases:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query.ToString())))[..16];
        return PagedQuery.ReadAsync(tokens, tables.CaseIndex, filter, scope, page, IndexEntry.ToItem, cancellationToken);
    }

    public async IAsyncEnumerable<CaseListItem> DueAsync(DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = $"PartitionKey ge '{IndexKeys.Deadline}' and PartitionKey le '{IndexKeys.DeadlineDay(now)}' and Deadline le {Odata(now)}";
        await foreach (var row in tables.CaseIndex.QueryAsync<TableEntity>(filter, 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return IndexEntry.ToItem(row);
        }
    }

    public async Task<int> RebuildAsync(ICaseStore cases, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var table = tables.CaseIndex;
        var existing = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(
            select: ["PartitionKey", "RowKey"], maxPerPage: 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            existing.Add(row);
        }

        foreach (var partition in existing.GroupBy(r => r.PartitionKey))
        {
            foreach (var chunk in partition.Chunk(100))
            {
                await table.SubmitTransactionAsync(
                    chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)),
                    cancellationToken).ConfigureAwait(false);
            }
        }

        var count = 0;
        await foreach (var @case in cases.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            await UpdateAsync(@case, cancellationToken).ConfigureAwait(false);
            count++;
        }

        return count;
    }

    /// <summary>Chooses the narrowest index partition for the query and filters the rest on the projection.</summary>
    private static string Filter(CaseQuery query, DateTimeOffset now)
    {
        var clauses = new List<string>();
        if (query.SupplierId is not null)
        {
            clauses.Add(TableClient.CreateQueryFilter($"PartitionKey eq {IndexKeys.Supplier + query.SupplierId}"));
        }
        else if (query.PartnerId is not null)
        {
            clauses.Add(TableClient.CreateQueryFilter($"PartitionKey eq {IndexKeys.Partner + query.PartnerId}"));
        }
        else if (query.Stage is { } stage)
        {
            clauses.Add(TableClient.CreateQueryFilter($"PartitionKey eq {IndexKeys.Stage + stage}"));
        }
        else if (query.OverdueOnly)
        {
            clauses.Add(TableClient.CreateQueryFilter($"PartitionKey ge {IndexKeys.Deadline} and PartitionKey le {IndexKeys.DeadlineDay(now)}"));
        }
        else
        {
            // Every case is in exactly one stage partition: the stage index range lists each case once.
            clauses.Add(TableClient.CreateQueryFilter($"PartitionKey ge {IndexKeys.Stage} and PartitionKey lt {IndexKeys.After(IndexKeys.Stage)}"));
        }

        if (query.SupplierId is not null && query.PartnerId is not null)
        {
            clauses.Add(TableClient.CreateQueryFilter($"PartnerId eq {query.PartnerId}"));
        }

        if (query.Stage is { } wanted)
        {
            clauses.Add(TableClient.CreateQueryFilter($"Stage eq {wanted.ToString()}"));
        }

        if (query.OverdueOnly)
        {
            clauses.Add($"Deadline le {Odata(now)} and Stage ne '{Stage.Closed}'");
        }

        if (query.MinEscalationLevel is { } level)
        {
            clauses.Add(TableClient.CreateQueryFilter($"EscalationLevel ge {(int)level}"));
        }

        return string.Join(" and ", clauses.Select(c => $"({c})"));
    }

    private static string Odata(DateTimeOffset time) =>
        "datetime'" + time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture) + "'";
}
