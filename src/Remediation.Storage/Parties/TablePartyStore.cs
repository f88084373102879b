using Azure;
using Azure.Data.Tables;
using Remediation.Domain.Keys;
using Remediation.Domain.Paging;
using Remediation.Domain.Parties;
using Remediation.Storage.Paging;

namespace Remediation.Storage.Parties;

/// <summary>Parties in the parties table: partition = kind, row = id.</summary>
public sealed class TablePartyStore(RemediationTables tables, KeyRing keys) : IPartyStore
{
    private readonly PageTokens tokens = new(keys);

    public async Task<bool> AddAsync(Party party, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(party);
        try
        {
            await tables.Parties.AddEntityAsync(new TableEntity(party.Kind.ToString(), party.Id) { ["Name"] = party.Name }, cancellationToken)
                .ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == StorageStatus.Conflict)
        {
            return false;
        }
    }

    public Task<Paged<Party>> ListAsync(PageRequest page, CancellationToken cancellationToken = default) =>
        PagedQuery.ReadAsync(
            tokens,
            tables.Parties,
            string.Empty,
            "parties",
            page,
            row => new Party(Enum.Parse<PartyKind>(row.PartitionKey), row.RowKey, row.GetString("Name")),
            cancellationToken);

    public async Task<Party?> GetAsync(PartyKind kind, string id, CancellationToken cancellationToken = default)
    {
        var row = await tables.Parties.GetEntityIfExistsAsync<TableEntity>(kind.ToString(), id, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue ? new Party(kind, id, row.Value!.GetString("Name")) : null;
    }
}
