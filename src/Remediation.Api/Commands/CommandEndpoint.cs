using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Remediation.Api.Cases;
using Remediation.Api.Csv;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Domain.Cases;
using Remediation.Domain.Intake;
using Remediation.Domain.Validation;
using Remediation.Workflows.Commands;
using Remediation.Workflows.Sending;

namespace Remediation.Api.Commands;

/// <summary>
/// Every command route: reads and checks the payload (400), finds the case (404), previews the command against the
/// case as it stands, exactly as the orchestration will apply it (403 role, 409 stage, 422 rule), and only then
/// queues it for the case (202). Nothing is written for a refused command. <c>Idempotency-Key</c> names the
/// command; sending it again is harmless.
/// </summary>
public sealed class CommandEndpoint(CaseAccess access, Workflows.Handling.CommandProcessor processor, CaseCommandSender sender, IOptions<ApiOptions> options, TimeProvider clock)
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public async Task<IResult> HandleAsync<TPayload>(ApiRequest request, CaseCommand kind, bool batch, Func<CsvTable, ErrorList, TPayload>? fromCsv = null)
        where TPayload : class
    {
        ArgumentNullException.ThrowIfNull(request);
        var (@case, notFound) = await access.LoadAsync(request).ConfigureAwait(false);
        if (@case is null)
        {
            return notFound!;
        }

        var commandId = request.Http.Headers.TryGetValue(IdempotencyHeader, out var key) ? key.ToString() : Guid.NewGuid().ToString("N");
        if (!Identifiers.PartyId().IsMatch(commandId))
        {
            return Problem.BadRequest($"The {IdempotencyHeader} header is 1 to 64 letters, digits or . _ -.", [new FieldError($"$.headers.{IdempotencyHeader}", "Invalid idempotency key.")]);
        }

        var (payload, problem) = await ReadAsync(request, batch, fromCsv).ConfigureAwait(false);
        if (payload is null)
        {
            return problem!;
        }

        var accepted = new { caseId = @case.Id, commandId, status = "accepted" };
        if (@case.HasSeen(commandId))
        {
            return Results.Json(accepted with { status = "already handled" }, ApiJson.Options, statusCode: StatusCodes.Status200OK);
        }

        var json = CommandJson.Serialize(payload);
        var preview = new CommandEnvelope(@case.Id, commandId, kind, request.Caller.Role, request.Caller.PartyId, clock.GetUtcNow(), json, null);
        var transition = await processor.PreviewAsync(preview, json, request.Cancellation).ConfigureAwait(false);
        if (transition?.Refusal is { } refusal)
        {
            return Problem.From(refusal);
        }

        var applied = await sender.SendAsync(@case.Id, commandId, kind, request.Caller.Actor, payload, request.Cancellation).ConfigureAwait(false);
        var location = $"/{ApiRoute.Prefix}cases/{@case.Id}";
        return applied is null
            ? Results.Accepted(location, accepted)
            : Results.Json(accepted with { status = "applied" }, ApiJson.Options, statusCode: StatusCodes.Status200OK);
    }

    private async Task<(TPayload? Payload, IResult? Problem)> ReadAsync<TPayload>(ApiRequest request, bool batch, Func<CsvTable, ErrorList, TPayload>? fromCsv)
        where TPayload : class
    {
        var limit = batch ? options.Value.MaxBatchBodyBytes : options.Value.MaxBodyBytes;
        if (fromCsv is not null && RequestBody.IsCsv(request.Http))
        {
            var (text, problem) = await RequestBody.ReadTextAsync(request.Http, limit, request.Cancellation).ConfigureAwait(false);
            if (text is null)
            {
                return (null, problem);
            }

            var (table, csvProblem) = CsvTable.Parse(text);
            if (table is null)
            {
                return (null, Problem.BadRequest(csvProblem!, [new FieldError("$.csv", csvProblem!)]));
            }

            var errors = new ErrorList();
            var payload = fromCsv(table, errors);
            return errors.Any ? (null, Problem.BadRequest("The CSV has problems; fix them all and send it again.", errors.Errors)) : (payload, null);
        }

        if (typeof(TPayload) == typeof(Workflows.Commands.Acknowledge.AcknowledgePayload) && (request.Http.ContentLength ?? 0) == 0 && request.Http.ContentType is null)
        {
            return ((TPayload)(object)new Workflows.Commands.Acknowledge.AcknowledgePayload(), null);
        }

        if (!RequestBody.IsJson(request.Http))
        {
            var types = fromCsv is null ? "application/json" : "application/json or text/csv";
            return (null, Problem.UnsupportedMediaType($"Send this command as {types}."));
        }

        return await RequestBody.ReadJsonAsync<TPayload>(request.Http, limit, request.Cancellation).ConfigureAwait(false);
    }
}
