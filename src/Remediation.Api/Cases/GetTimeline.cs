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
        // What the supplier may read depends on whether the case is closed (the sample's seed): noted when the case is read.
        var closed = false;
        return PagedCaseRead.HandleAsync(
            access,
            request,
            (c, page) =>
            {
                closed = c.IsClosed;
                return timeline.GetAsync(c.Id, page, request.Cancellation);
            },
            e => CaseViews.From(e, request.Caller.Role, closed));
    }
}
