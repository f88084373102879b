using Microsoft.AspNetCore.Http;
using Remediation.Api.Cases;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Domain.Evidence;

namespace Remediation.Api.Evidence;

/// <summary>GET /cases/{caseId}/evidence/{evidenceId}: the file, for parties who may see the case.</summary>
public sealed class DownloadEvidence(CaseAccess access, IEvidenceStore evidence)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (@case, problem) = await access.LoadAsync(request).ConfigureAwait(false);
        if (@case is null)
        {
            return problem!;
        }

        var id = request.Route("evidenceId");
        var record = id.Length <= 64 ? await evidence.GetAsync(@case.Id, id, request.Cancellation).ConfigureAwait(false) : null;
        if (record is null)
        {
            return Problem.NotFound($"Case {@case.Id} has no evidence {id}.");
        }

        var content = await evidence.OpenAsync(record, request.Cancellation).ConfigureAwait(false);
        request.Http.HttpContext.Response.Headers["X-Content-SHA256"] = record.Sha256;
        return Results.Stream(content, record.ContentType, fileDownloadName: record.EvidenceId);
    }
}
