using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;

namespace Remediation.Storage.Notifications;

/// <summary>
/// The outbox table: partition = case, row = hash of the command and the notification's index, so a retried
/// command writes the same rows again instead of new ones. Each write is then handed to delivery; a repeated
/// write hands it on again, and the fan-out finds its deliveries already made.
/// </summary>
public sealed class TableNotificationOutbox(RemediationTables tables, IDeliveryScheduler scheduler) : INotificationOutbox
{
    public async Task AddAsync(
        string commandId,
        DateTimeOffset at,
        IReadOnlyList<Notification> notifications,
        CaseSnapshot? snapshot,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(commandId);
        ArgumentNullException.ThrowIfNull(notifications);
        var command = CommandKey(commandId);
        foreach (var group in notifications.Select((n, i) => (n, i)).GroupBy(x => x.n.CaseId))
        {
            foreach (var chunk in group.Chunk(100))
            {
                await tables.Outbox.SubmitTransactionAsync(
                    chunk.Select(x => new TableTransactionAction(
                        TableTransactionActionType.UpsertReplace,
                        Row(x.n, $"{command}|{x.i.ToString("D3", CultureInfo.InvariantCulture)}", at, snapshot))),
                    cancellationToken).ConfigureAwait(false);
            }

            await scheduler.FanOutAsync(new OutboxBatch(group.Key, command), cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<OutboxEntry>> ForCaseAsync(string caseId, CancellationToken cancellationToken = default) =>
        await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {caseId}"), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<OutboxEntry>> BatchAsync(OutboxBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return await QueryAsync(
            TableClient.CreateQueryFilter(
                $"PartitionKey eq {batch.CaseId} and RowKey gt {batch.CommandKey + "|"} and RowKey lt {batch.CommandKey + "}"}"),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One entry by its id ("{case}|{row}").</summary>
    public async Task<OutboxEntry?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var bar = id.IndexOf('|', StringComparison.Ordinal);
        if (bar <= 0)
        {
            return null;
        }

        try
        {
            var row = await tables.Outbox.GetEntityAsync<TableEntity>(id[..bar], id[(bar + 1)..], cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            return Entry(row.Value);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public static string CommandKey(string commandId) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(commandId)))[..32];

    private async Task<IReadOnlyList<OutboxEntry>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var entries = new List<OutboxEntry>();
        await foreach (var row in tables.Outbox.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            entries.Add(Entry(row));
        }

        return [.. entries.OrderBy(e => e.At).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    private static TableEntity Row(Notification n, string rowKey, DateTimeOffset at, CaseSnapshot? snapshot) => new(n.CaseId, rowKey)
    {
        ["RecipientRole"] = n.RecipientRole.ToString(),
        ["RecipientPartyId"] = n.RecipientPartyId,
        ["Kind"] = n.Kind.ToString(),
        ["Message"] = n.Message,
        ["Level"] = (int)n.Level,
        ["At"] = at,
        ["Stage"] = snapshot?.Stage.ToString(),
        ["EscalationLevel"] = snapshot is null ? null : (int)snapshot.EscalationLevel,
        ["Deadline"] = snapshot?.Deadline,
        ["WaitingFor"] = snapshot?.WaitingFor?.ToString(),
    };

    // Rows written before the kinds were refined (issue 11) say ActionRequired or Escalation.
    private static NotificationKind KindOf(string kind) =>
        Enum.TryParse<NotificationKind>(kind, out var parsed) ? parsed
            : kind == "Escalation" ? NotificationKind.Escalated
            : NotificationKind.StageChanged;

    private static OutboxEntry Entry(TableEntity row)
    {
        var notification = new Notification(
            Enum.Parse<Role>(row.GetString("RecipientRole")),
            row.GetString("RecipientPartyId"),
            KindOf(row.GetString("Kind")),
            row.PartitionKey,
            row.GetString("Message"),
            (EscalationLevel)(row.GetInt32("Level") ?? 0));
        var snapshot = row.GetString("Stage") is { } stage
            ? new CaseSnapshot(
                Enum.Parse<Stage>(stage),
                (EscalationLevel)(row.GetInt32("EscalationLevel") ?? 0),
                row.GetDateTimeOffset("Deadline"),
                row.GetString("WaitingFor") is { } waiting ? Enum.Parse<Role>(waiting) : null)
            : null;
        return new OutboxEntry($"{row.PartitionKey}|{row.RowKey}", notification, row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue, snapshot);
    }
}
