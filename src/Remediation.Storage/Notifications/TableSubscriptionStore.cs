using Azure;
using Azure.Data.Tables;
using Remediation.Domain.Notifications;

namespace Remediation.Storage.Notifications;

/// <summary>
/// Subscriptions, partition = the owner's recipient key, so a party's list is one partition and another party's
/// subscription is simply not found. The fan-out reads the recipient's partition the same way.
/// </summary>
public sealed class TableSubscriptionStore(RemediationTables tables) : ISubscriptionStore
{
    public Task AddAsync(Subscription subscription, CancellationToken cancellationToken = default) =>
        tables.Subscriptions.AddEntityAsync(Row(subscription), cancellationToken);

    public async Task<Subscription?> GetAsync(Recipient owner, string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        try
        {
            return Read((await tables.Subscriptions.GetEntityAsync<TableEntity>(owner.Key, id, cancellationToken: cancellationToken).ConfigureAwait(false)).Value);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<Subscription>> ListAsync(Recipient owner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var list = new List<Subscription>();
        await foreach (var row in tables.Subscriptions.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {owner.Key}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(Read(row));
        }

        return [.. list.OrderBy(s => s.CreatedAt)];
    }

    public Task ReplaceAsync(Subscription subscription, CancellationToken cancellationToken = default) =>
        tables.Subscriptions.UpsertEntityAsync(Row(subscription), TableUpdateMode.Replace, cancellationToken);

    public async Task<bool> DeleteAsync(Recipient owner, string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var response = await tables.Subscriptions.DeleteEntityAsync(owner.Key, id, ETag.All, cancellationToken).ConfigureAwait(false);
        return response.Status != 404;
    }

    private static TableEntity Row(Subscription s) => new(s.Owner.Key, s.Id)
    {
        ["Url"] = s.Url.ToString(),
        ["Events"] = string.Join(' ', s.Events.Select(EventTypes.NameOf).Order(StringComparer.Ordinal)),
        ["Enabled"] = s.Enabled,
        ["DisabledReason"] = s.DisabledReason,
        ["CreatedAt"] = s.CreatedAt,
        ["Secret"] = s.Secret,
        ["PreviousSecret"] = s.PreviousSecret,
        ["PreviousSecretExpiresAt"] = s.PreviousSecretExpiresAt,
    };

    private static Subscription Read(TableEntity row) => new(
        row.RowKey,
        Recipient.FromKey(row.PartitionKey) ?? throw new InvalidDataException($"Subscription {row.RowKey} has an unknown owner."),
        new Uri(row.GetString("Url")),
        row.GetString("Events").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(n => EventTypes.TryParse(n, out var k) ? k : (NotificationKind?)null).OfType<NotificationKind>().ToHashSet(),
        row.GetBoolean("Enabled") ?? false,
        row.GetString("DisabledReason"),
        row.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        row.GetString("Secret"),
        row.GetString("PreviousSecret"),
        row.GetDateTimeOffset("PreviousSecretExpiresAt"));
}
