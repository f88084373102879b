using Azure;
using Azure.Data.Tables;
using Remediation.Domain.Parties;

namespace Remediation.Storage.Parties;

/// <summary>Parties in the parties table: partition = kind, row = id.</summary>
public sealed class TablePartyStore(RemediationTables tables) : IPartyStore
{
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

    public async Task<Party?> GetAsync(PartyKind kind, string id, CancellationToken cancellationToken = default)
    {
        var row = await tables.Parties.GetEntityIfExistsAsync<TableEntity>(kind.ToString(), id, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue ? new Party(kind, id, row.Value!.GetString("Name")) : null;
    }
}
