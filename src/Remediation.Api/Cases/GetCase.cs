using Microsoft.AspNetCore.Http;
using Remediation.Api.Json;
using Remediation.Api.Routing;
using Remediation.Api.Views;
using Remediation.Domain.Ledger;

namespace Remediation.Api.Cases;

/// <summary>GET /cases/{caseId}</summary>
public sealed class GetCase(CaseAccess access, ILedgerStore ledger)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        var (@case, problem) = await access.LoadAsync(request).ConfigureAwait(false);
        if (@case is null)
        {
            return problem!;
        }

        var summary = await ledger.GetSummaryAsync(@case.Id, request.Cancellation).ConfigureAwait(false);
        return Results.Json(CaseViews.From(@case, summary), ApiJson.Options);
    }
}
