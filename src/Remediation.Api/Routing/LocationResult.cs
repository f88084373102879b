using Microsoft.AspNetCore.Http;

namespace Remediation.Api.Routing;

/// <summary>Adds a Location header to any result (TypedResults.Created would not take our JSON options).</summary>
public static class LocationResult
{
    public static IResult WithLocation(this IResult result, string location) => new Located(result, location);

    private sealed class Located(IResult inner, string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            httpContext.Response.Headers.Location = location;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
