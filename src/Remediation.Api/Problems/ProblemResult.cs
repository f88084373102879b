using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Remediation.Api.Json;
using Remediation.Contracts.Problems;

namespace Remediation.Api.Problems;

/// <summary>Writes a problem as <c>application/problem+json</c>, with the request's trace id so support can find it.</summary>
public sealed class ProblemResult(ProblemDetails details) : IResult, IStatusCodeHttpResult
{
    public const string ContentType = "application/problem+json";

    public ProblemDetails Details { get; } = details;

    public int? StatusCode => Details.Status;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var body = Details with { TraceId = Activity.Current?.TraceId.ToString() ?? httpContext.TraceIdentifier };
        return Results.Json(body, ApiJson.Options, ContentType, Details.Status).ExecuteAsync(httpContext);
    }
}
