using Remediation.Domain.Paging;

namespace Remediation.Domain.Cases;

/// <summary>
/// Index tables for every list query (by stage, supplier, partner, deadline day), so that no query or sweep reads
/// the whole cases table.
/// </summary>
public interface ICaseIndex
{
    /// <summary>Brings the index entries of one case in line with its current state.</summary>
    Task UpdateAsync(Case @case, CancellationToken cancellationToken = default);

    /// <summary>Throws <see cref="InvalidContinuationTokenException"/> for a token this index did not issue.</summary>
    Task<Paged<CaseListItem>> QueryAsync(CaseQuery query, DateTimeOffset now, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Open cases whose deadline is at or before <paramref name="now"/>, from the deadline-day index.</summary>
    IAsyncEnumerable<CaseListItem> DueAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Throws the index away and restores it from the cases table.</summary>
    Task<int> RebuildAsync(ICaseStore cases, CancellationToken cancellationToken = default);
}
