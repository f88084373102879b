using Microsoft.AspNetCore.Http;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Api.Views;
using Remediation.Domain.Timeline;
using Remediation.Domain.Validation;

namespace Remediation.Api.Cases;

/// <summary>GET /cases/{caseId}/timeline: every step of the case, oldest first, each hash-linked to the one before.</summary>
public sealed class GetTimeline(CaseAccess access, ITimelineStore timeline)
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

        var entries = await timeline.GetAsync(@case.Id, page, request.Cancellation).ConfigureAwait(false);
        return Results.Json(new PageView<TimelineEntryView>([.. entries.Items.Select(TimelineEntryView.From)], entries.ContinuationToken), ApiJson.Options);
    }
}
