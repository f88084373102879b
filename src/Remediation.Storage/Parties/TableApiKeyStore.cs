using Azure;
using Azure.Data.Tables;
using Remediation.Domain.Keys;
using Remediation.Domain.Paging;
using Remediation.Domain.Parties;
using Remediation.Storage.Paging;
using Remediation.Storage.Serialization;

namespace Remediation.Storage.Parties;

/// <summary>
/// API keys in the apikeys table, twice: under <c>hash|{sha256}</c> for authentication and under <c>id|{id}</c> so an
/// admin can revoke a key by id. Both rows are written and revoked in one transaction (same partition).
/// </summary>
public sealed class TableApiKeyStore(RemediationTables tables, KeyRing keys) : IApiKeyStore
{
    private const string Partition = "keys";

    private readonly PageTokens tokens = new(keys);

    public async Task AddAsync(ApiKey key, string secretHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrEmpty(secretHash);
        await tables.ApiKeys.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add, Entity("hash|" + secretHash, key, secretHash)),
                new TableTransactionAction(TableTransactionActionType.Add, Entity("id|" + key.Id, key, secretHash)),
            ],
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<ApiKey?> FindAsync(string secretHash, CancellationToken cancellationToken = default)
    {
        var row = await tables.ApiKeys.GetEntityIfExistsAsync<TableEntity>(Partition, "hash|" + secretHash, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue ? ToKey(row.Value!) : null;
    }

    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        var byId = await tables.ApiKeys.GetEntityIfExistsAsync<TableEntity>(Partition, "id|" + id, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (!byId.HasValue)
        {
            return false;
        }

        var hash = byId.Value!.GetString("Hash");
        var revoked = ToKey(byId.Value!) with { Revoked = true };
        await tables.ApiKeys.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpdateReplace, Entity("hash|" + hash, revoked, hash), ETag.All),
                new TableTransactionAction(TableTransactionActionType.UpdateReplace, Entity("id|" + id, revoked, hash), ETag.All),
            ],
            cancellationToken).ConfigureAwait(false);
        return true;
    }

    public Task<Paged<ApiKey>> ListAsync(PageRequest page, CancellationToken cancellationToken = default) =>
        // Only the id| rows: '}' follows '|', so the range holds every id and nothing else.
        PagedQuery.ReadAsync(
            tokens,
            tables.ApiKeys,
            TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {"id|"} and RowKey lt {"id}"}"),
            "apikeys",
            page,
            ToKey,
            cancellationToken);

    public async Task RevokeSecretAsync(ApiKey key, string secretHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrEmpty(secretHash);
        await tables.ApiKeys.UpsertEntityAsync(
            Entity("hash|" + secretHash, key with { Revoked = true }, secretHash), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    private static TableEntity Entity(string rowKey, ApiKey key, string hash)
    {
        var entity = new TableEntity(Partition, rowKey)
        {
            ["Id"] = key.Id,
            ["Role"] = key.Role.ToString(),
            ["PartyId"] = key.PartyId,
            ["CreatedAt"] = key.CreatedAt,
            ["ExpiresOn"] = key.ExpiresOn,
            ["Revoked"] = key.Revoked,
            ["Hash"] = hash,
            ["Label"] = key.Label,
        };
        ActedByColumns.Write(entity, key.CreatedBy, "CreatedBy");
        return entity;
    }

    private static ApiKey ToKey(TableEntity row) => new(
        row.GetString("Id"),
        Enum.Parse<Role>(row.GetString("Role")),
        row.GetString("PartyId"),
        row.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        row.GetDateTimeOffset("ExpiresOn"),
        row.GetBoolean("Revoked") ?? false)
    {
        Label = row.GetString("Label"),
        CreatedBy = ActedByColumns.Read(row, "CreatedBy"),
    };
}
