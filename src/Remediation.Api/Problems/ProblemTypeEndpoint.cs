using Microsoft.AspNetCore.Http;
using Remediation.Api.Json;
using Remediation.Api.Routing;
using Remediation.Contracts.Problems;

namespace Remediation.Api.Problems;

/// <summary>GET /problems/{problemType}: what a problem type means and what to do about it (no key needed).</summary>
public static class ProblemTypeEndpoint
{
    public static Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = request.Route("problemType");
        return Task.FromResult(ProblemTypes.Named(name) is { } type
            ? Results.Json(type, ApiJson.Options)
            : (IResult)Problem.NotFound(
                $"There is no problem type {name}; the types are {string.Join(", ", ProblemTypes.All.Select(t => t.Name))}."));
    }
}
