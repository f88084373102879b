using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Remediation.Domain.Inbox;

namespace Remediation.Storage.Inbox;

/// <summary>
/// The inbox table: partition = case, row = issue time (ticks) and a hash of the command id, so rows sort in the
/// order commands were given and adding the same command twice at the same time writes one row.
/// </summary>
public sealed class TableCommandInbox(RemediationTables tables) : ICommandInbox
{
    public async Task AddAsync(
        string caseId, string commandId, DateTimeOffset issuedAt, string envelope, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(caseId);
        ArgumentException.ThrowIfNullOrEmpty(commandId);
        ArgumentNullException.ThrowIfNull(envelope);
        var position = issuedAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "|"
            + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(commandId)))[..16];
        await tables.Inbox.UpsertEntityAsync(
            new TableEntity(caseId, position) { ["CommandId"] = commandId, ["IssuedAt"] = issuedAt, ["Envelope"] = envelope },
            TableUpdateMode.Replace,
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<InboxItem>> PendingAsync(string caseId, int max, CancellationToken cancellationToken = default)
    {
        var items = new List<InboxItem>();
        await foreach (var row in tables.Inbox.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {caseId}"), maxPerPage: max, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            items.Add(new InboxItem(
                caseId, row.GetString("CommandId"), row.GetDateTimeOffset("IssuedAt") ?? DateTimeOffset.MinValue, row.GetString("Envelope"),
                row.RowKey, row.GetInt32("Failures") ?? 0));
            if (items.Count >= max)
            {
                break;
            }
        }

        return items;
    }

    public async Task<int> CountFailureAsync(InboxItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var failures = item.Failures + 1;
        try
        {
            // An update, never an upsert: an item already removed must not come back as a row without its command.
            await tables.Inbox.UpdateEntityAsync(
                new TableEntity(item.CaseId, item.Position) { ["Failures"] = failures }, ETag.All, TableUpdateMode.Merge, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == StorageStatus.NotFound)
        {
        }

        return failures;
    }

    public async Task RemoveAsync(InboxItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        await tables.Inbox.DeleteEntityAsync(item.CaseId, item.Position, ETag.All, cancellationToken).ConfigureAwait(false);
    }
}
