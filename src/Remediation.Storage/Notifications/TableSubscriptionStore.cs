using Azure;
using Azure.Data.Tables;
using Remediation.Domain.Keys;
using Remediation.Domain.Notifications;

namespace Remediation.Storage.Notifications;

/// <summary>
/// Subscriptions, partition = the owner's recipient key, so a party's list is one partition and another party's
/// subscription is simply not found. The fan-out reads the recipient's partition the same way. Signing secrets are
/// sealed with the key ring (AES-GCM, bound to the subscription, key id kept with them): a reader of the table learns
/// nothing it could sign with. Replacements are checked against the version read.
/// </summary>
public sealed class TableSubscriptionStore(RemediationTables tables, KeyRing keys) : ISubscriptionStore
{
    public Task AddAsync(Subscription subscription, CancellationToken cancellationToken = default) =>
        tables.Subscriptions.AddEntityAsync(Row(subscription), cancellationToken);

    public async Task<Subscription?> GetAsync(Recipient owner, string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        try
        {
            return Read((await tables.Subscriptions.GetEntityAsync<TableEntity>(owner.Key, id, cancellationToken: cancellationToken)
                .ConfigureAwait(false)).Value);
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
        await foreach (var row in tables.Subscriptions
            .QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {owner.Key}"), cancellationToken: cancellationToken)
            .ConfigureAwait(false))
        {
            list.Add(Read(row));
        }

        return [.. list.OrderBy(s => s.CreatedAt)];
    }

    public async Task<bool> ReplaceAsync(Subscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        try
        {
            await tables.Subscriptions.UpdateEntityAsync(
                Row(subscription), subscription.Version is { } version ? new ETag(version) : ETag.All, TableUpdateMode.Replace, cancellationToken)
                .ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is StorageStatus.NotFound or 412)
        {
            return false;
        }
    }

    public async Task<bool> DeleteAsync(Recipient owner, string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var response = await tables.Subscriptions.DeleteEntityAsync(owner.Key, id, ETag.All, cancellationToken).ConfigureAwait(false);
        return response.Status != 404;
    }

    private TableEntity Row(Subscription s) => new(s.Owner.Key, s.Id)
    {
        ["Url"] = s.Url.ToString(),
        ["Events"] = string.Join(' ', s.Events.Select(EventTypes.NameOf).Order(StringComparer.Ordinal)),
        ["Enabled"] = s.Enabled,
        ["DisabledReason"] = s.DisabledReason,
        ["CreatedAt"] = s.CreatedAt,
        ["Secret"] = Seal(s, s.Secret),
        ["PreviousSecret"] = s.PreviousSecret is { } previous ? Seal(s, previous) : null,
        ["PreviousSecretExpiresAt"] = s.PreviousSecretExpiresAt,
    };

    private string Seal(Subscription s, string secret) => SealedBox.Seal(keys, KeyPurpose.Secrets, secret, Context(s.Owner.Key, s.Id));

    /// <summary>A sealed secret opened; one stored before secrets were sealed ("whsec_...") as it is.</summary>
    private string Open(TableEntity row, string name) =>
        row.GetString(name) is { } stored && !stored.StartsWith(SigningSecret.Prefix, StringComparison.Ordinal)
        ? SealedBox.Open(keys, KeyPurpose.Secrets, stored, Context(row.PartitionKey, row.RowKey))
            ?? throw new InvalidDataException($"The signing secret of subscription {row.RowKey} cannot be opened: its key is not in the key ring.")
        : row.GetString(name);

    private static string Context(string owner, string id) => $"subscription:{owner}/{id}";

    private Subscription Read(TableEntity row) => new(
        row.RowKey,
        Recipient.FromKey(row.PartitionKey) ?? throw new InvalidDataException($"Subscription {row.RowKey} has an unknown owner."),
        new Uri(row.GetString("Url")),
        row.GetString("Events")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(n => EventTypes.TryParse(n, out var k) ? k : (NotificationKind?)null)
            .OfType<NotificationKind>()
            .ToHashSet(),
        row.GetBoolean("Enabled") ?? false,
        row.GetString("DisabledReason"),
        row.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        Open(row, "Secret"),
        row.GetString("PreviousSecret") is null ? null : Open(row, "PreviousSecret"),
        row.GetDateTimeOffset("PreviousSecretExpiresAt"))
    { Version = row.ETag.ToString() };
}
