using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Remediation.Api.Cases;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Api.Sheets;
using Remediation.Domain.Cases;
using Remediation.Domain.Inbox;
using Remediation.Domain.Intake;
using Remediation.Domain.Rules;
using Remediation.Domain.Validation;
using Remediation.Workflows.Commands;
using Remediation.Workflows.Sending;

namespace Remediation.Api.Commands;

/// <summary>
/// Every command route: finds the case (404), checks the caller's role (403) and the case's stage (409), reads and
/// checks the body (400), previews the command against the case as it stands, exactly as the orchestration will
/// apply it (422 rule), and only then
/// queues it for the case (202, Location: the command's status). Nothing is written for a refused command.
/// <c>Idempotency-Key</c> names the command; sending it again is harmless. <c>Prefer: wait=N</c> waits up to N
/// seconds (at most <see cref="MaxWaitSeconds"/>) for the final outcome.
/// </summary>
public sealed class CommandEndpoint(
    CaseAccess access,
    Workflows.Handling.CommandProcessor processor,
    CaseCommandSender sender,
    ICommandLog commandLog,
    Workflows.Handling.CommandSignals signals,
    CallerDrain callerDrain,
    IOptions<ApiOptions> options,
    TimeProvider clock)
{
    public const string IdempotencyHeader = "Idempotency-Key";
    public const int MaxWaitSeconds = 10;

    /// <summary>How often a waiting request looks at the command log when no word comes from this process.</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public async Task<IResult> HandleAsync<TRequest, TPayload>(
        ApiRequest request,
        CaseCommand kind,
        bool batch,
        Func<TRequest, TPayload> toPayload,
        Func<SheetTable, ErrorList, (TPayload Payload, SheetRows Rows)>? fromSheet = null)
        where TRequest : class
        where TPayload : class
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(toPayload);
        var (@case, notFound) = await access.LoadAsync(request).ConfigureAwait(false);
        if (@case is null)
        {
            return notFound!;
        }

        var idempotencyKey = request.Http.Headers.TryGetValue(IdempotencyHeader, out var key) ? key.ToString() : null;
        if (idempotencyKey is not null && !Identifiers.IdempotencyKey().IsMatch(idempotencyKey))
        {
            return Problem.BadRequest(
                $"The {IdempotencyHeader} header is 1 to 64 letters, digits or . _ -.",
                [new FieldError($"$.headers.{IdempotencyHeader}", "Invalid idempotency key.")]);
        }

        // Every command stays recorded: a key sent again finds its command however long ago it was given.
        var commandId = CommandIds.For(request.Caller, idempotencyKey);
        var earlier = idempotencyKey is null ? null : await commandLog.GetAsync(@case.Id, commandId, request.Cancellation).ConfigureAwait(false);

        // Who may give the command and in which stage come first: no point fixing a body that would be refused anyway.
        if (earlier is null && CommandRules.Check(@case, kind, request.Caller.Actor) is { } notNow)
        {
            return Refused(notNow, fromSheet: false, commandId);
        }

        var (payload, rows, problem) = await ReadAsync(request, batch, toPayload, fromSheet).ConfigureAwait(false);
        if (payload is null)
        {
            return problem!;
        }

        var location = StatusLocation(@case.Id, commandId);
        if (earlier is not null)
        {
            return await ResendAsync(request, earlier, kind, payload, location).ConfigureAwait(false);
        }

        var preview = new CommandEnvelope(@case.Id, commandId, kind, request.Caller.Role, request.Caller.PartyId, clock.GetUtcNow(), null, null);
        var transition = await processor.PreviewAsync(@case, preview, payload, request.Cancellation).ConfigureAwait(false);
        if (transition.Refusal is { } refusal)
        {
            return Refused(rows is null ? refusal : refusal with { Errors = rows.Translate(refusal.Errors) }, rows is not null, commandId);
        }

        var queued = new CommandRecord(@case.Id, commandId, kind, request.Caller.Actor, preview.IssuedAt, CommandState.Queued);
        if (WaitPreference(request.Http) is null)
        {
            // Just queued and no wait asked for: its status is known without reading it back.
            var appliedAtOnce = await sender.SendAsync(@case.Id, commandId, kind, request.Caller.Actor, payload, request.Cancellation)
                .ConfigureAwait(false);
            return appliedAtOnce is null
                ? Results.Accepted(location, CommandStatusView.From(queued))
                : await AnswerAsync(request, queued, location).ConfigureAwait(false);
        }

        // The caller waits: apply the case's inbox here rather than wait for the engine to get to it (a closed case has
        // no orchestration to do it), and wake the engine only if the clock needs it or this drain fails (the engine's
        // drain then applies the command). The request listens for the drain's word before the drain starts.
        var isQueued = await sender.QueueAsync(@case.Id, commandId, kind, request.Caller.Actor, payload, request.Cancellation)
            .ConfigureAwait(false);
        _ = signals.Listen(@case.Id, commandId);
        var drained = isQueued ? callerDrain.Start(@case.Id, commandId) : null;
        return await AnswerAsync(request, queued, location, drained).ConfigureAwait(false);
    }

    /// <summary>
    /// The command as it stands: without <c>Prefer: wait</c> read once; with it, polled until it has an outcome or
    /// the wait is over. An outcome is 200 with the status (applied) or the refusal's problem; still queued is 202.
    /// </summary>
    private async Task<IResult> AnswerAsync(ApiRequest request, CommandRecord queued, string location, Task? drained = null)
    {
        var wait = WaitPreference(request.Http);
        var until = clock.GetUtcNow() + (wait ?? TimeSpan.Zero);
        try
        {
            return await PollAsync(request, queued, location, wait, until, drained).ConfigureAwait(false);
        }
        finally
        {
            signals.Stop(queued.CaseId, queued.CommandId);
        }
    }

    /// <summary>
    /// Reads the command's status until it has an outcome or <paramref name="until"/>: woken at once when this process
    /// handles it (<see cref="CommandSignals"/>), otherwise looking again every <see cref="PollInterval"/>. While this
    /// request's own drain (<paramref name="drained"/>) runs, the signal or the drain's end says when to look: the
    /// status is not read again in between, which at 20 busy cases was three reads per command.
    /// </summary>
    private async Task<IResult> PollAsync(
        ApiRequest request, CommandRecord queued, string location, TimeSpan? wait, DateTimeOffset until, Task? drained)
    {
        // Just queued and this request's drain only starting: nothing to read before it says so.
        var readNow = drained is not { IsCompleted: false };
        while (true)
        {
            var handled = signals.Listen(queued.CaseId, queued.CommandId);
            var record = readNow
                ? await commandLog.GetAsync(queued.CaseId, queued.CommandId, request.Cancellation).ConfigureAwait(false) ?? queued
                : queued;
            readNow = true;
            if (record.State != CommandState.Queued)
            {
                if (wait is { } waited)
                {
                    request.Http.HttpContext.Response.Headers["Preference-Applied"] = $"wait={(int)waited.TotalSeconds}";
                }

                return Completed(record, location);
            }

            if (clock.GetUtcNow() >= until || request.Cancellation.IsCancellationRequested)
            {
                return Results.Accepted(location, CommandStatusView.From(record));
            }

            var left = until - clock.GetUtcNow();
            var draining = drained is { IsCompleted: false };
            var interval = draining || left < PollInterval ? left : PollInterval;
            try
            {
                await (draining ? Task.WhenAny(handled, drained!) : handled).WaitAsync(interval, clock, request.Cancellation).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Not handled here (yet): look at the log again.
            }
        }
    }

    /// <summary>
    /// A command sent again under its Idempotency-Key. Its first outcome stands (200 with the status); one still
    /// queued is sent on again (a send cut off half-way completes; the case still applies it once); another command
    /// under the same key (other kind or payload) is a conflict.
    /// </summary>
    private async Task<IResult> ResendAsync<TPayload>(ApiRequest request, CommandRecord earlier, CaseCommand kind, TPayload payload, string location)
        where TPayload : class
    {
        var json = CommandJson.Serialize(payload);
        if (!earlier.IsVisibleTo(request.Caller.Actor) || earlier.Kind != kind || (earlier.PayloadHash is { } hash && hash != CommandJson.Hash(json)))
        {
            return Problem.Conflict($"This {IdempotencyHeader} was already used for another command of this case; use a new key for a new command.");
        }

        if (earlier.IsCompleted)
        {
            return Results.Json(CommandStatusView.From(earlier), ApiJson.Options).WithLocation(location);
        }

        await sender.SendAsync(earlier.CaseId, earlier.CommandId, kind, request.Caller.Actor, payload, request.Cancellation).ConfigureAwait(false);
        return await AnswerAsync(request, earlier, location).ConfigureAwait(false);
    }

    public static string StatusLocation(string caseId, string commandId) => $"/{ApiRoute.Prefix}cases/{caseId}/commands/{commandId}";

    /// <summary>RFC 7240 <c>Prefer: wait=N</c>, capped at <see cref="MaxWaitSeconds"/>; null when absent.</summary>
    private static TimeSpan? WaitPreference(HttpRequest request)
    {
        foreach (var preference in request.Headers["Prefer"].SelectMany(v => (v ?? string.Empty).Split(',')))
        {
            var parts = preference.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2
                && parts[0].Equals("wait", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                && seconds > 0)
            {
                return TimeSpan.FromSeconds(Math.Min(seconds, MaxWaitSeconds));
            }
        }

        return null;
    }

    private static ProblemResult Refused(Refusal refusal, bool fromSheet, string commandId) => Problem.ForCommand(
        fromSheet && refusal.Errors.Count > 0
            ? refusal with
            {
                Reason = $"The spreadsheet has {RequestBody.Count(FieldErrors.TotalOf(refusal.Errors), "problem")}; " +
                    "each is listed by row and column. Fix them all and send it again.",
            }
            : refusal,
        commandId);

    /// <summary>A command that has an outcome: 200 with its status when applied, its refusal's problem when refused.</summary>
    private static IResult Completed(CommandRecord record, string location) =>
        (record.Refusal is { } refusal
            ? Problem.ForCommand(refusal, record.CommandId)
            : Results.Json(CommandStatusView.From(record), ApiJson.Options)).WithLocation(location);

    private async Task<(TPayload? Payload, SheetRows? Rows, IResult? Problem)> ReadAsync<TRequest, TPayload>(
        ApiRequest request,
        bool batch,
        Func<TRequest, TPayload> toPayload,
        Func<SheetTable, ErrorList, (TPayload Payload, SheetRows Rows)>? fromSheet)
        where TRequest : class
        where TPayload : class
    {
        var limit = batch ? options.Value.MaxBatchBodyBytes : options.Value.MaxBodyBytes;
        if (fromSheet is not null && SheetRequest.IsSheet(request.Http))
        {
            var (table, problem) = await SheetRequest.ReadAsync(request, limit).ConfigureAwait(false);
            if (table is null)
            {
                return (null, null, problem);
            }

            var errors = new ErrorList();
            var (payload, rows) = fromSheet(table, errors);
            return errors.Any ? (null, null, SheetRequest.Refused(table, errors.Errors)) : (payload, rows, null);
        }

        if (typeof(TRequest) == typeof(Contracts.Commands.AcknowledgeRequest)
            && (request.Http.ContentLength ?? 0) == 0
            && request.Http.ContentType is null)
        {
            return (toPayload((TRequest)(object)new Contracts.Commands.AcknowledgeRequest()), null, null);
        }

        if (!RequestBody.IsJson(request.Http))
        {
            var types = fromSheet is null ? "application/json" : $"application/json, text/csv or {SheetTable.XlsxContentType}";
            return (null, null, Problem.UnsupportedMediaType($"Send this command as {types}."));
        }

        var (body, jsonProblem) = await RequestBody.ReadJsonAsync<TRequest>(request.Http, limit, request.Cancellation).ConfigureAwait(false);
        return body is null ? (null, null, jsonProblem) : (toPayload(body), null, null);
    }

}
