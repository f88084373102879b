using Microsoft.AspNetCore.Http;
using Remediation.Api.Authentication;
using Remediation.Api.Problems;
using Remediation.Domain;
using Remediation.Domain.Paging;

namespace Remediation.Api.Routing;

/// <summary>
/// Runs a route for a request: authenticates (401), checks the route's roles (403), calls the handler, and turns
/// the errors every handler may meet into problem details (a foreign continuation token 400, storage out of reach
/// 503 with Retry-After). Both hosts call this, with their own route values.
/// </summary>
public sealed class ApiDispatcher(ApiKeyAuthenticator authenticator)
{
    public const int RetryAfterSeconds = 5;

    public async Task<IResult> DispatchAsync(ApiRoute route, HttpRequest request, IReadOnlyDictionary<string, string> routeValues)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var caller = await authenticator.AuthenticateAsync(request, request.HttpContext.RequestAborted).ConfigureAwait(false);
            if (caller is null)
            {
                return Problem.Unauthorized();
            }

            if (!route.Roles.Contains(caller.Role))
            {
                return Problem.Forbidden($"{route.Name} is for {string.Join(", ", route.Roles.Select(r => r.ToString().ToLowerInvariant()))} keys.");
            }

            return await route.Handler(new ApiRequest(request, caller, routeValues)).ConfigureAwait(false);
        }
        catch (InvalidContinuationTokenException e)
        {
            return Problem.BadRequest(e.Message, [new("$.continuationToken", e.Message)]);
        }
        catch (StorageUnavailableException)
        {
            request.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Problem.Unavailable();
        }
    }
}
