using Azure;
using Azure.Data.Tables;
using Remediation.Domain.Notifications;
using Remediation.Domain.Paging;
using Remediation.Storage.Paging;

namespace Remediation.Storage.Notifications;

/// <summary>Deliveries, partition = subscription id (or "email"), row = delivery id (newest first by construction).</summary>
public sealed class TableDeliveryStore(RemediationTables tables, TableNotificationOutbox outbox, Domain.Keys.KeyRing keys) : IDeliveryStore
{
    private readonly Paging.PageTokens tokens = new(keys);

    public async Task<Delivery> AddIfNewAsync(Delivery delivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        try
        {
            await tables.Deliveries.AddEntityAsync(Row(delivery), cancellationToken).ConfigureAwait(false);
            return delivery;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return await GetAsync(delivery.Partition, delivery.Id, cancellationToken).ConfigureAwait(false) ?? delivery;
        }
    }

    public async Task<Delivery?> GetAsync(string partition, string id, CancellationToken cancellationToken = default)
    {
        try
        {
            return Read((await tables.Deliveries.GetEntityAsync<TableEntity>(partition, id, cancellationToken: cancellationToken)
                .ConfigureAwait(false)).Value);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public Task ReplaceAsync(Delivery delivery, CancellationToken cancellationToken = default) =>
        tables.Deliveries.UpsertEntityAsync(Row(delivery), TableUpdateMode.Replace, cancellationToken);

    public Task<Paged<Delivery>> ListAsync(string subscriptionId, PageRequest page, CancellationToken cancellationToken = default) =>
        PagedQuery.ReadAsync(
            tokens, tables.Deliveries, TableClient.CreateQueryFilter($"PartitionKey eq {subscriptionId}"),
            "deliveries:" + subscriptionId, page, Read, cancellationToken);

    public Task<OutboxEntry?> EntryAsync(string outboxId, CancellationToken cancellationToken = default) =>
        outbox.GetAsync(outboxId, cancellationToken);

    private static TableEntity Row(Delivery d) => new(d.Partition, d.Id)
    {
        ["Channel"] = d.Channel.ToString(),
        ["Target"] = d.Target,
        ["OutboxId"] = d.OutboxId,
        ["CaseId"] = d.CaseId,
        ["Kind"] = d.Kind.ToString(),
        ["Status"] = d.Status.ToString(),
        ["Attempts"] = d.Attempts,
        ["LastStatusCode"] = d.LastStatusCode,
        ["LastError"] = d.LastError,
        ["LastAttemptAt"] = d.LastAttemptAt,
        ["NextAttemptAt"] = d.NextAttemptAt,
        ["RetryFrom"] = d.RetryFrom,
        ["Token"] = d.Token,
    };

    private static Delivery Read(TableEntity row) => new(
        row.RowKey,
        Enum.Parse<DeliveryChannel>(row.GetString("Channel")),
        row.GetString("Target"),
        row.GetString("OutboxId"),
        row.GetString("CaseId"),
        Enum.Parse<NotificationKind>(row.GetString("Kind")),
        Enum.Parse<DeliveryStatus>(row.GetString("Status")),
        row.GetInt32("Attempts") ?? 0,
        row.GetInt32("LastStatusCode"),
        row.GetString("LastError"),
        row.GetDateTimeOffset("LastAttemptAt"),
        row.GetDateTimeOffset("NextAttemptAt"),
        row.GetDateTimeOffset("RetryFrom") ?? DateTimeOffset.MinValue,
        row.GetString("Token"));
}
