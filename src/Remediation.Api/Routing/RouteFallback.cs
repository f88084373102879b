using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Remediation.Api.Problems;

namespace Remediation.Api.Routing;

/// <summary>
/// What an unmatched request gets, on both hosts: 405 with Allow when the path is a route that takes other methods,
/// otherwise 404; both as problem details.
/// </summary>
public sealed class RouteFallback(RemediationApi api)
{
    private readonly IReadOnlyList<(Regex Pattern, string Method)> routes =
        [
            .. api.Routes.Select(r => (
                new Regex(
                    "^" + Regex.Replace(Regex.Escape(r.Path), @"\\\{[^}]+}", "[^/]+") + "/?$",
                    RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
                    TimeSpan.FromSeconds(1)),
                r.Method)),
        ];

    /// <summary>Extra paths of the host (health, the API document) and their methods, so that they answer 405 too.</summary>
    public static readonly IReadOnlyList<(string Path, string Method)> HostRoutes =
        [("/healthz", "GET"), ("/readyz", "GET"), ("/api/v1/openapi.json", "GET"), ("/api/v1/openapi.yaml", "GET")];

    public IResult Resolve(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path.Value ?? "/";
        var allowed = routes.Where(r => r.Pattern.IsMatch(path)).Select(r => r.Method)
            .Concat(HostRoutes.Where(h => string.Equals(h.Path, path.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)).Select(h => h.Method))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (allowed.Count == 0 || allowed.Contains(request.Method, StringComparer.OrdinalIgnoreCase))
        {
            return Problem.NotFound($"There is no route {path}; the routes are listed in the API document, GET /api/v1/openapi.json.");
        }

        request.HttpContext.Response.Headers.Allow = string.Join(", ", allowed);
        return Problem.MethodNotAllowed(request.Method, allowed);
    }
}
