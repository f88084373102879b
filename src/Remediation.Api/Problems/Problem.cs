using Microsoft.AspNetCore.Http;
using Remediation.Domain.Rules;
using Remediation.Domain.Validation;

namespace Remediation.Api.Problems;

/// <summary>RFC 9457 problem details, each with a message a partner can act on and, for bad fields, every JSON path.</summary>
public static class Problem
{
    public static IResult BadRequest(string detail, IReadOnlyList<FieldError>? errors = null) => Create(StatusCodes.Status400BadRequest, "The request is not valid", detail, errors);

    public static IResult Unauthorized() => Create(StatusCodes.Status401Unauthorized, "Authentication required", "Send a valid API key as 'Authorization: Bearer <key>'.");

    public static IResult Forbidden(string detail) => Create(StatusCodes.Status403Forbidden, "Not allowed for your role", detail);

    public static IResult NotFound(string detail) => Create(StatusCodes.Status404NotFound, "Not found", detail);

    public static IResult Conflict(string detail) => Create(StatusCodes.Status409Conflict, "Conflict with the current state", detail);

    public static IResult TooLarge(long limit) => Create(StatusCodes.Status413PayloadTooLarge, "Request body too large", $"The body of this route may be at most {limit} bytes; send large batches in several requests.");

    public static IResult UnsupportedMediaType(string detail) => Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type", detail);

    public static IResult Unavailable() => Create(
        StatusCodes.Status503ServiceUnavailable, "Temporarily unavailable", "Storage is unavailable. The request was not completed; send it again after the time in Retry-After (resending is safe).");

    public static IResult TooManyRequests(int seconds) => Create(
        StatusCodes.Status429TooManyRequests, "Too many requests", $"This API key sent too many requests; wait {seconds} seconds (Retry-After) and send again.");

    public static IResult Unprocessable(string detail, IReadOnlyList<FieldError>? errors = null) => Create(StatusCodes.Status422UnprocessableEntity, "The request breaks a rule", detail, errors);

    /// <summary>The status for a domain refusal: role 403, stage 409, data 422.</summary>
    public static IResult From(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.Kind switch
        {
            RefusalKind.NotPermitted => Forbidden(refusal.Reason),
            RefusalKind.WrongStage => Conflict(refusal.Reason),
            _ => Unprocessable(refusal.Reason, refusal.Errors),
        };
    }

    private static IResult Create(int status, string title, string detail, IReadOnlyList<FieldError>? errors = null)
    {
        var extensions = new Dictionary<string, object?>();
        if (errors is { Count: > 0 })
        {
            extensions["errors"] = errors.Select(e => new { path = e.Path, message = e.Message }).ToList();
        }

        return Results.Problem(detail: detail, statusCode: status, title: title, type: $"https://httpstatuses.io/{status}", extensions: extensions);
    }
}
