using Microsoft.AspNetCore.Http;
using Remediation.Contracts.Problems;
using Remediation.Domain.Rules;
using Remediation.Domain.Validation;
using FieldError = Remediation.Domain.Validation.FieldError;

namespace Remediation.Api.Problems;

/// <summary>RFC 9457 problem details, each with a message a partner can act on and, for bad fields, every JSON path.</summary>
public static class Problem
{
    public static ProblemResult BadRequest(string detail, IReadOnlyList<FieldError>? errors = null) =>
        Create(StatusCodes.Status400BadRequest, detail, errors);

    public static ProblemResult Unauthorized() =>
        Create(StatusCodes.Status401Unauthorized, "Send a valid API key or access token as 'Authorization: Bearer <key or token>'.");

    /// <summary>An access token that was refused: why, so that the caller knows to sign in again or fix its audience.</summary>
    public static ProblemResult Unauthorized(string reason) =>
        Create(StatusCodes.Status401Unauthorized, reason + " Send a valid access token or API key as 'Authorization: Bearer <token or key>'.");

    public static ProblemResult Forbidden(string detail) => Create(StatusCodes.Status403Forbidden, detail);

    public static ProblemResult NotFound(string detail) => Create(StatusCodes.Status404NotFound, detail);

    public static ProblemResult MethodNotAllowed(string method, IReadOnlyList<string> allowed) =>
        Create(StatusCodes.Status405MethodNotAllowed, $"This route does not take {method}; it takes {string.Join(", ", allowed)}.");

    public static ProblemResult Conflict(string detail) => Create(StatusCodes.Status409Conflict, detail);

    public static ProblemResult TooLarge(long limit) => Create(
        StatusCodes.Status413PayloadTooLarge, $"The body of this route may be at most {limit} bytes; send large batches in several requests.");

    public static ProblemResult NotAcceptable(string detail) => Create(StatusCodes.Status406NotAcceptable, detail);

    public static ProblemResult UnsupportedMediaType(string detail) => Create(StatusCodes.Status415UnsupportedMediaType, detail);

    public static ProblemResult Unavailable() => Create(
        StatusCodes.Status503ServiceUnavailable,
        "Storage is unavailable. The request was not completed; send it again after the time in Retry-After (resending is safe).");

    public static ProblemResult TooManyRequests(int seconds, string who = "This API key") =>
        Create(StatusCodes.Status429TooManyRequests, $"{who} sent too many requests; wait {seconds} seconds (Retry-After) and send again.");

    public static ProblemResult Internal() =>
        Create(
            StatusCodes.Status500InternalServerError,
            "Something failed on our side. Nothing about it is shown here; quote the traceId when you report it. " +
                "Resending with the same Idempotency-Key is safe.");

    public static ProblemResult Unprocessable(string detail, IReadOnlyList<FieldError>? errors = null) =>
        Create(StatusCodes.Status422UnprocessableEntity, detail, errors);

    /// <summary>The status for a domain refusal: role 403, stage 409, data 422.</summary>
    public static ProblemResult From(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.Kind switch
        {
            RefusalKind.NotPermitted => Forbidden(refusal.Reason),
            RefusalKind.WrongStage => Conflict(refusal.Reason),
            _ => Unprocessable(refusal.Reason, refusal.Errors),
        };
    }

    /// <summary>A refused command's problem, naming the command.</summary>
    public static ProblemResult ForCommand(Refusal refusal, string commandId) => new(From(refusal).Details with { CommandId = commandId });

    /// <summary>The contract body of a problem of this status.</summary>
    public static ProblemDetails Details(int status, string detail, IReadOnlyList<FieldError>? errors = null)
    {
        var type = ProblemTypes.ForStatus(status);
        return new ProblemDetails
        {
            Type = type.Uri,
            Title = type.Title,
            Status = status,
            Detail = detail,
            // At most the first 100, and how many there were: a request can be wrong in millions of places.
            Errors = errors is { Count: > 0 } ? [.. errors.Take(FieldErrors.Shown).Select(ToContract)] : null,
            ErrorCount = errors is { Count: > 0 } ? FieldErrors.TotalOf(errors) : null,
        };
    }

    public static Contracts.Problems.FieldError ToContract(FieldError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new() { Path = error.Path, Message = error.Message, Row = error.Row, Column = error.Column };
    }

    private static ProblemResult Create(int status, string detail, IReadOnlyList<FieldError>? errors = null) => new(Details(status, detail, errors));
}
