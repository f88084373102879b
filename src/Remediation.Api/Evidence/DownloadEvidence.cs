using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Remediation.Api.Cases;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Domain.Evidence;
using Remediation.Domain.Timeline;

namespace Remediation.Api.Evidence;

/// <summary>
/// GET /cases/{caseId}/evidence/{evidenceId}: the file, for parties who may see the case and the file (partner-only
/// evidence is 404 for the supplier). The stored file is hashed again first: one that no longer matches the SHA-256
/// recorded at upload is not served (409), and the case's timeline says so.
/// </summary>
public sealed partial class DownloadEvidence(
    CaseAccess access, IEvidenceStore evidence, ITimelineStore timeline, TimeProvider clock, ILogger<DownloadEvidence> logger)
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
        var record = await evidence.GetAsync(@case.Id, id, request.Cancellation).ConfigureAwait(false);
        if (record is null || !record.IsVisibleTo(request.Caller.Role))
        {
            return Problem.NotFound($"Case {@case.Id} has no evidence {id} that your key may see.");
        }

        if (await evidence.OpenVerifiedAsync(record, request.Cancellation).ConfigureAwait(false) is not { } content)
        {
            LogMismatch(logger, @case.Id, record.EvidenceId);
            await timeline.AppendAsync(
                @case.Id,
                "integrity:" + record.EvidenceId,
                [new TimelineRecord(clock.GetUtcNow(), Domain.Parties.Role.System, null, "evidence.integrity_failed",
                    $"Evidence {record.EvidenceId} no longer matches the SHA-256 recorded at upload ({record.Sha256}); it is no longer served.")],
                request.Cancellation).ConfigureAwait(false);
            return Problem.Conflict(
                $"The stored file of evidence {record.EvidenceId} no longer matches the SHA-256 recorded when it was uploaded, " +
                "so it is not served. " +
                "The case's timeline records this; ask the caseworker, and upload the original again if you hold it.");
        }

        request.Http.HttpContext.Response.Headers["X-Content-SHA256"] = record.Sha256;
        return Results.Stream(content, record.ContentType, fileDownloadName: record.EvidenceId);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId}: evidence {EvidenceId} no longer matches its recorded SHA-256; not served")]
    private static partial void LogMismatch(ILogger logger, string caseId, string evidenceId);
}
