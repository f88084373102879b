using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Api.Commands;
using Remediation.Contracts.Cases;
using Remediation.Domain.Intake;
using Remediation.Workflows.Intake;

namespace Remediation.Api.Cases;

/// <summary>
/// POST /cases (partners): a grievance with its workers and fees. 201 with the case id; the same partner reference
/// with the same body again is 200 with the same case; with a different body, 409.
/// </summary>
public sealed class CreateCase(CaseIntake intake, IOptions<ApiOptions> options)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, problem) = await RequestBody.ReadJsonAsync<CreateCaseRequest>(
            request.Http, options.Value.MaxBatchBodyBytes, request.Cancellation).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        var submission = CommandPayloads.From(body);

        var result = await intake.OpenAsync(request.Caller.PartyId!, submission, request.Caller.Actor.By, request.Cancellation).ConfigureAwait(false);
        var location = $"/{ApiRoute.Prefix}cases/{result.CaseId}";
        return result.Outcome switch
        {
            IntakeOutcome.Invalid => Problem.BadRequest(
                $"The grievance has {RequestBody.Count(Domain.Validation.FieldErrors.TotalOf(result.Errors), "problem")}; " +
                "fix them all and send it again.",
                result.Errors),
            IntakeOutcome.Conflict => Problem.Conflict(
                $"partnerReference {submission.PartnerReference} was already used for case {result.CaseId} with a different body; " +
                "use a new reference for a new grievance."),
            IntakeOutcome.Replayed => Results.Json(
                new CaseCreated { CaseId = result.CaseId!, Replayed = true }, ApiJson.Options, statusCode: StatusCodes.Status200OK),
            _ => Results.Json(new CaseCreated { CaseId = result.CaseId! }, ApiJson.Options, statusCode: StatusCodes.Status201Created)
                .WithLocation(location),
        };
    }
}
