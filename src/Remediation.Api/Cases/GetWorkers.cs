using Microsoft.AspNetCore.Http;
using Remediation.Api.Routing;
using Remediation.Api.Views;
using Remediation.Domain.Ledger;

namespace Remediation.Api.Cases;

/// <summary>GET /cases/{caseId}/workers: the ledger, a page at a time, in worker-reference order (without receipts for the supplier).</summary>
public sealed class GetWorkers(CaseAccess access, ILedgerStore ledger)
{
    public Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PagedCaseRead.HandleAsync(
            access, request, (c, page) => ledger.GetLinesAsync(c.Id, page, request.Cancellation), l => CaseViews.From(l, request.Caller.Role));
    }
}
