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
        // What the supplier may read depends on the case (closed or not, its partner): noted when the case is read.
        Domain.Cases.Case? read = null;
        return PagedCaseRead.HandleAsync(
            access,
            request,
            (c, page) =>
            {
                read = c;
                return timeline.GetAsync(c.Id, page, request.Cancellation);
            },
            e => CaseViews.From(e, request.Caller.Actor, read!));
    }
}
