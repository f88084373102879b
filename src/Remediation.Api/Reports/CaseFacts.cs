using Remediation.Domain.Cases;
using Remediation.Domain.Ledger;
using Remediation.Domain.Paging;

namespace Remediation.Api.Reports;

/// <summary>
/// Every case with its ledger summary, read through the case index a page at a time. Reports read each case once;
/// at tens of thousands of cases this becomes a job for a materialised report table (noted in docs/decisions.md).
/// </summary>
public sealed class CaseFacts(ICaseIndex index, ICaseStore cases, ILedgerStore ledger, TimeProvider clock)
{
    public async IAsyncEnumerable<(Case Case, LedgerSummary Ledger)> AllAsync(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? token = null;
        do
        {
            var page = await index.QueryAsync(new CaseQuery(), clock.GetUtcNow(), new PageRequest(PageRequest.MaxSize, token), cancellationToken)
                .ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                var stored = await cases.GetAsync(item.CaseId, cancellationToken).ConfigureAwait(false);
                if (stored is not null)
                {
                    yield return (stored.Value, await ledger.GetSummaryAsync(item.CaseId, cancellationToken).ConfigureAwait(false));
                }
            }

            token = page.ContinuationToken;
        }
        while (token is not null);
    }
}
