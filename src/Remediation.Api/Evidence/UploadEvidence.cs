using Microsoft.AspNetCore.Http;
using Remediation.Api.Cases;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Domain.Cases;
using Remediation.Domain.Evidence;
using Remediation.Domain.Parties;
using Remediation.Domain.Validation;
using Remediation.Domain.Timeline;

namespace Remediation.Api.Evidence;

/// <summary>
/// POST /cases/{caseId}/evidence: the file is the body, streamed to storage (never held in memory), at most 25 MB,
/// typed by its first bytes (PDF, PNG, JPEG, XLSX, CSV). A declared Content-Type that contradicts the content is
/// refused. The same file again is the same evidence (200 instead of 201). <c>?visibility=partner-only</c> (partners and
/// caseworkers) keeps the file from the supplier: it is never listed or served to it.
/// </summary>
public sealed class UploadEvidence(CaseAccess access, IEvidenceStore evidence, ITimelineStore timeline, TimeProvider clock)
{
    public const string AllParties = "all-parties";
    public const string PartnerOnly = "partner-only";

    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (@case, problem) = await access.LoadAsync(request).ConfigureAwait(false);
        if (@case is null)
        {
            return problem!;
        }

        var visibility = request.Http.Query["visibility"].ToString();
        if (visibility is not ("" or AllParties or PartnerOnly))
        {
            return Problem.BadRequest(
                "The query string is not valid.", [new FieldError("$.query.visibility", $"Expected one of [{AllParties}, {PartnerOnly}].")]);
        }

        var partnerOnly = visibility == PartnerOnly;
        if (partnerOnly && request.Caller.Role == Role.Supplier)
        {
            return Problem.Forbidden("Only the partner and caseworkers keep evidence from the supplier; upload it without visibility.");
        }

        if (request.Http.ContentLength > EvidenceType.MaxBytes)
        {
            return Problem.TooLarge(EvidenceType.MaxBytes);
        }

        var head = new byte[EvidenceType.HeadLength];
        var length = 0;
        int read;
        while (length < head.Length
            && (read = await request.Http.Body.ReadAsync(head.AsMemory(length), request.Cancellation).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        if (length == 0)
        {
            return Problem.BadRequest("The request body is empty; send the file as the body.");
        }

        var detected = EvidenceType.Detect(head.AsSpan(0, length));
        if (detected is null)
        {
            return Problem.UnsupportedMediaType(
                $"Evidence must be one of {string.Join(", ", EvidenceType.Allowed)}; this file's content is none of them.");
        }

        var declared = request.Http.ContentType?.Split(';')[0].Trim();
        if (declared is { Length: > 0 }
            && declared != "application/octet-stream"
            && !string.Equals(declared, detected, StringComparison.OrdinalIgnoreCase))
        {
            return Problem.UnsupportedMediaType(
                $"The request says {declared} but the file's content is {detected}; send it with its real type or as application/octet-stream.");
        }

        var now = clock.GetUtcNow();
        var upload = await evidence.StoreAsync(
            @case.Id, new PrefixedStream(head.AsMemory(0, length), request.Http.Body), detected, request.Caller.Actor, now,
            EvidenceType.MaxBytes, partnerOnly, request.Cancellation)
            .ConfigureAwait(false);
        if (upload.TooLarge)
        {
            return Problem.TooLarge(EvidenceType.MaxBytes);
        }

        var record = upload.Record!;
        if (!upload.Created && partnerOnly && !record.PartnerOnly)
        {
            // The same file again, now to be kept from the supplier.
            await evidence.RestrictAsync(@case.Id, [record.EvidenceId], request.Cancellation).ConfigureAwait(false);
            record = record with { PartnerOnly = true };
        }

        if (upload.Created)
        {
            var kind = partnerOnly ? CaseEventKinds.EvidenceAddedPartnerOnly : CaseEventKinds.EvidenceAdded;
            var description = $"Evidence {record.EvidenceId} added{(partnerOnly ? " for the partner and caseworkers only" : string.Empty)}: " +
                $"{record.ContentType}, {record.Size} bytes, SHA-256 {record.Sha256}.";
            await timeline.AppendAsync(
                @case.Id,
                "evidence:" + record.EvidenceId,
                [TimelineRecord.Of(now, request.Caller.Actor, kind, description)],
                request.Cancellation)
                .ConfigureAwait(false);
        }

        var body = ListEvidence.View(record);
        return upload.Created
            ? Results.Json(body, ApiJson.Options, statusCode: StatusCodes.Status201Created)
                .WithLocation($"/{ApiRoute.Prefix}cases/{@case.Id}/evidence/{record.EvidenceId}")
            : Results.Json(body, ApiJson.Options);
    }
}
