using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Remediation.Api.Cases;
using Remediation.Api.Confirmations.Slips;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Contracts.Confirmations;
using Remediation.Domain.Cases;
using Remediation.Domain.Confirmations;
using Remediation.Domain.Intake;
using Remediation.Domain.Ledger;
using Remediation.Domain.Parties;
using Remediation.Domain.Validation;

namespace Remediation.Api.Confirmations;

/// <summary>
/// POST /cases/{caseId}/confirmation-codes (the case's partner, caseworkers): a code per worker, shown once, as JSON
/// or as printable slips (<c>Accept: application/pdf</c>). Only keyed hashes are stored; a worker's new code replaces
/// the older one. Suppliers get 404: they never learn who holds a code.
/// </summary>
public sealed class IssueConfirmationCodes(
    CaseAccess access,
    ILedgerStore ledger,
    IConfirmationCodeStore codes,
    IVerificationSampleStore samples,
    CodeHashes hashes,
    WorkerTexts texts,
    IOptions<ApiOptions> api,
    IOptions<WorkerPageOptions> page,
    TimeProvider clock)
{
    public const string Pdf = "application/pdf";

    /// <summary>The most slips one PDF holds (about 500 pages); more workers: ask for JSON, or in parts.</summary>
    public const int MaxSlips = 2000;

    private static readonly Stage[] Stages = [Stage.Reimbursement, Stage.Verification];

    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (@case, notFound) = await access.LoadAsync(request).ConfigureAwait(false);
        if (@case is null || request.Caller.Role == Role.Supplier)
        {
            return notFound ?? Problem.NotFound($"There is no case {@case!.Id} that your key may see.");
        }

        if (!Stages.Contains(@case.Stage))
        {
            return Problem.Conflict(
                $"Codes are issued while the case is in Reimbursement or Verification (workers answer about money paid); it is in {@case.Stage}.");
        }

        var (body, problem) = await RequestBody.ReadJsonAsync<IssueConfirmationCodesRequest>(
            request.Http, api.Value.MaxBatchBodyBytes, request.Cancellation).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var errors = new ErrorList();
        var refs = await WorkersAsync(@case, body, errors, request.Cancellation).ConfigureAwait(false);
        var expiresOn = body.ExpiresOn ?? today.AddDays(IssuedCode.DefaultDays);
        if (expiresOn <= today || expiresOn > today.AddDays(IssuedCode.MaxDays))
        {
            errors.Add("$.expiresOn", $"expiresOn is a date after today and at most {IssuedCode.MaxDays} days ahead (yyyy-MM-dd).");
        }

        if (body.Language is not null && !WorkerLanguage.IsSupported(body.Language))
        {
            errors.Add("$.language", $"language is one of {string.Join(", ", WorkerLanguage.All)}.");
        }

        var wantsPdf = request.Http.Headers.Accept.Any(a => a?.Contains(Pdf, StringComparison.OrdinalIgnoreCase) == true);
        if (wantsPdf && refs.Count > MaxSlips)
        {
            errors.Add(
                body.Sample == true ? "$.sample" : "$.workers",
                $"A PDF holds at most {MaxSlips} slips; ask for JSON, or for fewer workers at a time.");
        }

        var lines = errors.Any ? [] : await LinesAsync(@case.Id, refs, errors, request.Cancellation).ConfigureAwait(false);
        if (errors.Any)
        {
            return Problem.BadRequest("The request for codes is not valid; nothing was issued.", errors.Errors);
        }

        var now = clock.GetUtcNow();
        var batchId = $"CB-{now:yyyyMMdd}-{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(5))}";
        var issued = refs.Select(r => (Ref: r, Code: ConfirmationCode.New())).ToList();

        // The answer is made before anything is stored: slips that fail to render replace nobody's code.
        var answer = wantsPdf ? Slips(issued, lines, body.Language, batchId) : Codes(issued, batchId, expiresOn);
        await codes.IssueAsync(
            [.. issued.Select(i => new IssuedCode(hashes.Current(i.Code), @case.Id, i.Ref, batchId, now, expiresOn, body.Language))],
            CancellationToken.None).ConfigureAwait(false);

        // Shown once: never cached by anything between here and the partner.
        request.Http.HttpContext.Response.Headers.CacheControl = "no-store";
        return answer;
    }

    private IResult Slips(List<(string Ref, ConfirmationCode Code)> issued, Dictionary<string, LedgerLine> lines, string? asked, string batchId)
    {
        var slips = issued.Select(i =>
        {
            var language = WorkerLanguage.Pick(null, asked, lines[i.Ref].Nationality, null);
            return new Slip(
                i.Code.ToString(), page.Value.AddressFor(i.Code.ToString()), language, texts.Get(language, "SlipTitle"),
                [texts.Get(language, "SlipLine1"), texts.Get(language, "SlipLine2"), texts.Get(language, "SlipLine3")]);
        }).ToList();
        return Results.File(SlipDocument.Render(slips), Pdf, $"confirmation-slips-{batchId}.pdf");
    }

    private static IResult Codes(List<(string Ref, ConfirmationCode Code)> issued, string batchId, DateOnly expiresOn) =>
        Results.Json(
            new ConfirmationCodesIssued
            {
                BatchId = batchId,
                ExpiresOn = expiresOn,
                Codes = [.. issued.Select(i => new IssuedConfirmationCode { Ref = i.Ref, Code = i.Code.ToString() })],
            },
            ApiJson.Options,
            statusCode: StatusCodes.Status201Created);

    /// <summary>The workers named, or the sample's; every problem with them listed.</summary>
    private async Task<List<string>> WorkersAsync(
        Case @case, IssueConfirmationCodesRequest body, ErrorList errors, CancellationToken cancellationToken)
    {
        if ((body.Workers is null) == (body.Sample != true))
        {
            errors.Add("$", "Send either workers (a list of worker references) or sample: true, not both.");
            return [];
        }

        if (body.Sample == true)
        {
            if (await samples.GetAsync(@case.Id, cancellationToken).ConfigureAwait(false) is { } drawn)
            {
                return [.. drawn.Sample.Workers];
            }

            errors.Add("$.sample", "The verification sample is drawn when the case enters Verification; it has not been drawn yet.");
            return [];
        }

        var workers = body.Workers!;
        if (workers.Count is 0 or > IntakeLimits.MaxWorkersPerRequest)
        {
            errors.Add("$.workers", $"Name 1 to {IntakeLimits.MaxWorkersPerRequest} workers.");
            return [];
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < workers.Count; i++)
        {
            if (workers[i] is not { } worker || !Identifiers.WorkerRef().IsMatch(worker) || !seen.Add(worker))
            {
                errors.Add($"$.workers[{i}]", "A worker reference of the case, each once.");
            }
        }

        return [.. seen];
    }

    /// <summary>Each worker's ledger line (for the slip's language); references the case does not have are listed.</summary>
    private async Task<Dictionary<string, LedgerLine>> LinesAsync(
        string caseId, List<string> refs, ErrorList errors, CancellationToken cancellationToken)
    {
        var found = await ledger.GetLinesAsync(caseId, refs, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < refs.Count; i++)
        {
            if (!found.ContainsKey(refs[i]))
            {
                errors.Add($"$.workers[{i}]", $"The case has no worker {refs[i]}.");
            }
        }

        return new Dictionary<string, LedgerLine>(found, StringComparer.Ordinal);
    }
}
