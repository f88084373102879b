using Microsoft.AspNetCore.Http;
using Remediation.Api.Authentication;

namespace Remediation.Api.Routing;

/// <summary>An authenticated request with its route values, as every handler receives it.</summary>
public sealed record ApiRequest(HttpRequest Http, Caller Caller, IReadOnlyDictionary<string, string> RouteValues)
{
    public CancellationToken Cancellation => Http.HttpContext.RequestAborted;

    public string Route(string name) =>
        RouteValues.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"Route value {name} is missing.");
}
