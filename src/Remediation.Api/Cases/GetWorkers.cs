using Microsoft.AspNetCore.Http;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Api.Views;
using Remediation.Domain.Ledger;
using Remediation.Domain.Validation;

namespace Remediation.Api.Cases;

/// <summary>GET /cases/{caseId}/workers: the ledger, a page at a time, in worker-reference order.</summary>
public sealed class GetWorkers(CaseAccess access, ILedgerStore ledger)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        var (@case, problem) = await access.LoadAsync(request).ConfigureAwait(false);
        if (@case is null)
        {
            return problem!;
        }

        var errors = new ErrorList();
        var page = Paging.Read(request.Http, errors);
        if (errors.Any)
        {
            return Problem.BadRequest("The query string is not valid.", errors.Errors);
        }

        var lines = await ledger.GetLinesAsync(@case.Id, page, request.Cancellation).ConfigureAwait(false);
        return Results.Json(new PageView<LedgerLineView>([.. lines.Items.Select(LedgerLineView.From)], lines.ContinuationToken), ApiJson.Options);
    }
}
