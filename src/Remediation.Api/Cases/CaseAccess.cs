using Microsoft.AspNetCore.Http;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Domain.Cases;

namespace Remediation.Api.Cases;

/// <summary>Loads the case of a route; a case the caller may not see is reported exactly like one that does not exist.</summary>
public sealed class CaseAccess(ICaseStore cases)
{
    public async Task<(Case? Case, IResult? Problem)> LoadAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caseId = request.Route("caseId");
        var stored = caseId.Length <= 64 ? await cases.GetAsync(caseId, request.Cancellation).ConfigureAwait(false) : null;
        return stored is not null && stored.Value.IsVisibleTo(request.Caller.Actor)
            ? (stored.Value, null)
            : (null, Problem.NotFound($"There is no case {caseId} that your key may see."));
    }
}
