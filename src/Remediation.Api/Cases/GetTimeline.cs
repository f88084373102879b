using Microsoft.AspNetCore.Http;
using Remediation.Api.Routing;
using Remediation.Api.Views;
using Remediation.Domain.Timeline;

namespace Remediation.Api.Cases;

/// <summary>GET /cases/{caseId}/timeline: every step of the case, oldest first, each hash-linked to the one before.</summary>
public sealed class GetTimeline(CaseAccess access, ITimelineStore timeline)
{
    public Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PagedCaseRead.HandleAsync(
            access, request, (c, page) => timeline.GetAsync(c.Id, page, request.Cancellation), e => CaseViews.From(e, request.Caller.Role));
    }
}
