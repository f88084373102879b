using Remediation.Domain.Cases;
using Remediation.Domain.Ledger;

namespace Remediation.Domain.Reporting;

/// <summary>
/// The materialised report table: each case's latest contribution and the aggregates built from them (the dashboard
/// over every case, one per supplier over its disclosed cases), brought up to date at every save of a case.
/// </summary>
public interface IReportFacts
{
    /// <summary>Applies the case's contribution at its revision once; an older revision arriving late changes nothing.</summary>
    Task ProjectAsync(Case @case, LedgerSummary ledger, CancellationToken cancellationToken = default);

    /// <summary>The revision the facts hold for a case (-1 when none; cases saved before revisions were kept are 0).</summary>
    Task<long> RevisionAsync(string caseId, CancellationToken cancellationToken = default);

    /// <summary>Every case's revision in the facts (one narrow column of each case row): what the repair compares.</summary>
    Task<IReadOnlyDictionary<string, long>> RevisionsAsync(CancellationToken cancellationToken = default);

    Task<CaseAggregate> DashboardAsync(CancellationToken cancellationToken = default);

    Task<CaseAggregate?> SupplierAsync(string supplierId, CancellationToken cancellationToken = default);

    /// <summary>Every supplier with at least one disclosed case, and its aggregate.</summary>
    IAsyncEnumerable<(string SupplierId, CaseAggregate Aggregate)> SuppliersAsync(CancellationToken cancellationToken = default);

    /// <summary>The contributions of the supplier's disclosed cases.</summary>
    IAsyncEnumerable<CaseContribution> SupplierCasesAsync(string supplierId, CancellationToken cancellationToken = default);

    /// <summary>Every case's contribution (exports and public reports: one narrow row per case, not the case and its ledger).</summary>
    IAsyncEnumerable<CaseContribution> AllCasesAsync(CancellationToken cancellationToken = default);

    /// <summary>Throws the facts away and projects every case again.</summary>
    Task<int> RebuildAsync(ICaseStore cases, ILedgerStore ledger, CancellationToken cancellationToken = default);
}
