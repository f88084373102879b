using Microsoft.AspNetCore.Http;
using Remediation.Api.Cases;
using Remediation.Api.Routing;
using Remediation.Contracts.Evidence;
using Remediation.Domain.Evidence;

namespace Remediation.Api.Evidence;

/// <summary>GET /cases/{caseId}/evidence: the case's evidence files (not their content), for parties who may see the case.</summary>
public sealed class ListEvidence(CaseAccess access, IEvidenceStore evidence)
{
    public Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PagedCaseRead.HandleAsync(access, request, (c, page) => evidence.ListAsync(c.Id, page, request.Cancellation), View);
    }

    public static EvidenceView View(EvidenceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new EvidenceView { EvidenceId = record.EvidenceId, Sha256 = record.Sha256, ContentType = record.ContentType, Size = record.Size, UploadedAt = record.UploadedAt };
    }
}
