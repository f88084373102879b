using Microsoft.AspNetCore.Http;
using Remediation.Api.Cases;
using Remediation.Api.Routing;
using Remediation.Contracts.Evidence;
using Remediation.Domain.Evidence;

namespace Remediation.Api.Evidence;

/// <summary>GET /cases/{caseId}/evidence: the case's evidence files (not their content), as each reader may see them.</summary>
public sealed class ListEvidence(CaseAccess access, IEvidenceStore evidence)
{
    public Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PagedCaseRead.HandleAsync(
            access,
            request,
            async (c, page) => Visible(await evidence.ListAsync(c.Id, page, request.Cancellation).ConfigureAwait(false), request.Caller.Role),
            View);
    }

    public static EvidenceView View(EvidenceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new EvidenceView
        {
            EvidenceId = record.EvidenceId, Sha256 = record.Sha256, ContentType = record.ContentType,
            Size = record.Size, UploadedAt = record.UploadedAt,
            Visibility = record.PartnerOnly ? Contracts.Evidence.EvidenceVisibility.PartnerOnly : Contracts.Evidence.EvidenceVisibility.AllParties,
        };
    }

    /// <summary>The page as <paramref name="reader"/> may see it: partner-only files are left out for the supplier.</summary>
    private static Domain.Paging.Paged<EvidenceRecord> Visible(Domain.Paging.Paged<EvidenceRecord> page, Domain.Parties.Role reader) =>
        page with { Items = [.. page.Items.Where(e => e.IsVisibleTo(reader))] };
}
