using Azure.Data.Tables;
using Remediation.Domain.Keys;
using Remediation.Domain.Paging;
using Remediation.Domain.Procurement;
using Remediation.Storage.Paging;
using Remediation.Storage.Serialization;

namespace Remediation.Storage.Procurement;

/// <summary>Public contracts in the contracts table: one partition (they number in the hundreds), row = the contract's id.</summary>
public sealed class TableContractStore(RemediationTables tables, KeyRing keys) : IContractStore
{
    private const string Partition = "contracts";

    private readonly PageTokens tokens = new(keys);

    public async Task<bool> AddAsync(BuyerContract contract, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var entity = new TableEntity(Partition, contract.Id)
        {
            ["Buyer"] = contract.Buyer,
            ["Title"] = contract.Title,
            ["SupplierId"] = contract.SupplierId,
            ["ValueBand"] = contract.ValueBand.ToString(),
            ["ValueCurrency"] = contract.ValueCurrency,
            ["StartsOn"] = contract.StartsOn.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["EndsOn"] = contract.EndsOn?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["RegisteredAt"] = contract.RegisteredAt,
        };
        ActedByColumns.Write(entity, contract.RegisteredBy, "RegisteredBy");
        try
        {
            await tables.Contracts.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Azure.RequestFailedException e) when (e.Status == StorageStatus.Conflict)
        {
            return false;
        }
    }

    public async Task<BuyerContract?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var row = await tables.Contracts.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue ? ToContract(row.Value!) : null;
    }

    public Task<Paged<BuyerContract>> ListAsync(string? supplierId, PageRequest page, CancellationToken cancellationToken = default) =>
        PagedQuery.ReadAsync(
            tokens,
            tables.Contracts,
            supplierId is null
                ? TableClient.CreateQueryFilter($"PartitionKey eq {Partition}")
                : TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and SupplierId eq {supplierId}"),
            "contracts:" + supplierId,
            page,
            ToContract,
            cancellationToken);

    private static BuyerContract ToContract(TableEntity row) =>
        new(
            row.RowKey,
            row.GetString("Buyer"),
            row.GetString("SupplierId"),
            Enum.Parse<ContractValueBand>(row.GetString("ValueBand")),
            row.GetString("ValueCurrency"),
            DateOnly.Parse(row.GetString("StartsOn"), System.Globalization.CultureInfo.InvariantCulture),
            row.GetString("EndsOn") is { } ends ? DateOnly.Parse(ends, System.Globalization.CultureInfo.InvariantCulture) : null,
            row.GetDateTimeOffset("RegisteredAt") ?? DateTimeOffset.MinValue,
            ActedByColumns.Read(row, "RegisteredBy"))
        {
            Title = row.GetString("Title"),
        };
}
