namespace Remediation.Domain.Parties;

public interface IPartyStore
{
    /// <summary>False when a party of that kind and id exists already.</summary>
    Task<bool> AddAsync(Party party, CancellationToken cancellationToken = default);

    /// <summary>Partners, then suppliers, by id.</summary>
    Task<Paging.Paged<Party>> ListAsync(Paging.PageRequest page, CancellationToken cancellationToken = default);

    Task<Party?> GetAsync(PartyKind kind, string id, CancellationToken cancellationToken = default);
}
