using Microsoft.AspNetCore.Http;
using Remediation.Api.Json;
using Remediation.Api.Routing;
using Remediation.Domain.Timeline;

namespace Remediation.Api.Cases;

/// <summary>
/// GET /cases/{caseId}/timeline/verify: walks the keyed hash chain and its append-only checkpoints; intact, or the first
/// broken entry and why (docs/decisions.md says what this proves and what it cannot).
/// </summary>
public sealed class VerifyTimeline(CaseAccess access, ITimelineStore timeline)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        var (@case, problem) = await access.LoadAsync(request).ConfigureAwait(false);
        if (@case is null)
        {
            return problem!;
        }

        var result = await timeline.VerifyAsync(@case.Id, request.Cancellation).ConfigureAwait(false);
        var view = new Contracts.Cases.TimelineVerification
        {
            CaseId = @case.Id, Intact = result.Intact, EntriesChecked = result.EntriesChecked, FirstBrokenSequence = result.FirstBrokenSequence,
            Problem = result.Problem, CheckpointedThrough = result.CheckpointedThrough,
            HeadSequence = result.HeadSequence, HeadHash = result.HeadHash,
        };
        return Results.Json(view, ApiJson.Options);
    }
}
