using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;

namespace Remediation.Storage.Notifications;

/// <summary>
/// The outbox table: partition = case, row = hash of the command and the notification's index, so a retried
/// command writes the same rows again instead of new ones.
/// </summary>
public sealed class TableNotificationOutbox(RemediationTables tables) : INotificationOutbox
{
    public async Task AddAsync(string commandId, DateTimeOffset at, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(commandId);
        ArgumentNullException.ThrowIfNull(notifications);
        var command = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(commandId)))[..32];
        foreach (var group in notifications.Select((n, i) => (n, i)).GroupBy(x => x.n.CaseId))
        {
            foreach (var chunk in group.Chunk(100))
            {
                await tables.Outbox.SubmitTransactionAsync(
                    chunk.Select(x => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(x.n.CaseId, $"{command}|{x.i.ToString("D3", CultureInfo.InvariantCulture)}")
                    {
                        ["RecipientRole"] = x.n.RecipientRole.ToString(),
                        ["RecipientPartyId"] = x.n.RecipientPartyId,
                        ["Kind"] = x.n.Kind.ToString(),
                        ["Message"] = x.n.Message,
                        ["At"] = at,
                        ["Delivered"] = false,
                    })),
                    cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task<IReadOnlyList<OutboxEntry>> ForCaseAsync(string caseId, CancellationToken cancellationToken = default)
    {
        var entries = new List<OutboxEntry>();
        await foreach (var row in tables.Outbox.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {caseId}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new OutboxEntry(
                new Notification(Enum.Parse<Role>(row.GetString("RecipientRole")), row.GetString("RecipientPartyId"), Enum.Parse<NotificationKind>(row.GetString("Kind")), row.PartitionKey, row.GetString("Message")),
                row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue));
        }

        return [.. entries.OrderBy(e => e.At)];
    }
}
