using Remediation.Domain.Paging;

namespace Remediation.Domain.Procurement;

public interface IContractStore
{
    /// <summary>False when a contract with that id is registered already.</summary>
    Task<bool> AddAsync(BuyerContract contract, CancellationToken cancellationToken = default);

    Task<BuyerContract?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>By id; only the supplier's when <paramref name="supplierId"/> is given.</summary>
    Task<Paged<BuyerContract>> ListAsync(string? supplierId, PageRequest page, CancellationToken cancellationToken = default);
}
