using System.Collections.Concurrent;
using Remediation.Domain.Paging;
using Remediation.Domain.Procurement;

namespace Remediation.Api.Procurement;

/// <summary>
/// A supplier's contracts, read whole (at most <see cref="BuyerContract.MaxPerSupplier"/>) and kept for a minute, so
/// that listing suppliers does not read the contracts table once per supplier per request. This process forgets a
/// supplier's contracts when it registers one; another instance sees it within the minute.
/// </summary>
public sealed class ContractDirectory(IContractStore contracts, TimeProvider clock)
{
    private static readonly TimeSpan Kept = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, (DateTimeOffset ReadAt, IReadOnlyList<BuyerContract> Contracts)> bySupplier =
        new(StringComparer.Ordinal);

    private (DateTimeOffset ReadAt, ILookup<string, BuyerContract> Contracts)? all;

    public async Task<IReadOnlyList<BuyerContract>> OfSupplierAsync(string supplierId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (bySupplier.TryGetValue(supplierId, out var kept) && now - kept.ReadAt < Kept)
        {
            return kept.Contracts;
        }

        var read = await ReadAsync(supplierId, cancellationToken).ConfigureAwait(false);
        bySupplier[supplierId] = (now, read);
        return read;
    }

    /// <summary>Every contract by supplier (the supplier list).</summary>
    public async Task<ILookup<string, BuyerContract>> AllAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (all is { } kept && now - kept.ReadAt < Kept)
        {
            return kept.Contracts;
        }

        var read = (await ReadAsync(null, cancellationToken).ConfigureAwait(false)).ToLookup(c => c.SupplierId, StringComparer.Ordinal);
        all = (now, read);
        return read;
    }

    public void Forget(string supplierId)
    {
        bySupplier.TryRemove(supplierId, out _);
        all = null;
    }

    private async Task<IReadOnlyList<BuyerContract>> ReadAsync(string? supplierId, CancellationToken cancellationToken) =>
        await AllPages.ReadAsync((page, ct) => contracts.ListAsync(supplierId, page, ct), cancellationToken).ConfigureAwait(false);
}
