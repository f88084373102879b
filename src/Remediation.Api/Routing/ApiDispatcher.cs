using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Remediation.Api.Authentication;
using Remediation.Api.Problems;
using Remediation.Domain;
using Remediation.Domain.Paging;
using Remediation.Domain.Parties;

namespace Remediation.Api.Routing;

/// <summary>
/// Runs a route for a request: limits its rate (429, <see cref="RateLimiting.RequestLimits"/>), authenticates (401),
/// checks the route's roles (403), calls the handler, and turns
/// the errors every handler may meet into problem details (a foreign continuation token 400, storage out of reach
/// 503 with Retry-After, anything unexpected 500 with a trace id and nothing internal). Both hosts call this.
/// </summary>
public sealed partial class ApiDispatcher(CallerAuthenticator authenticator, RateLimiting.RequestLimits limits, ILogger<ApiDispatcher> logger)
{
    public const int RetryAfterSeconds = 5;

    private static readonly Caller Anonymous = new(new Actor(Role.System, null));

    public async Task<IResult> DispatchAsync(ApiRoute route, HttpRequest request, IReadOnlyDictionary<string, string> routeValues)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            if (limits.ForAddress(request) is { } addressWait)
            {
                return TooMany(request, addressWait, "This client address");
            }

            if (route.Anonymous)
            {
                return await route.Handler(new ApiRequest(request, Anonymous, routeValues)).ConfigureAwait(false);
            }

            // An address that keeps failing to authenticate is not even looked up (random keys cost a table read).
            var outcome = limits.IsLockedOut(request)
                ? new AuthOutcome(null, null, false)
                : await authenticator.AuthenticateAsync(request, request.HttpContext.RequestAborted).ConfigureAwait(false);
            if (outcome.Refused)
            {
                // A valid token without a (working) membership: who it is is known, what it may do is nothing.
                return Problem.Forbidden(outcome.Reason!);
            }

            if (outcome.Caller is not { } caller)
            {
                if (limits.ForFailedAuthentication(request) is { } failureWait)
                {
                    return TooMany(request, failureWait, "This client address (with keys or tokens that are not valid)");
                }

                if (outcome.Reason is { } reason)
                {
                    request.HttpContext.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
                    return Problem.Unauthorized(reason);
                }

                return Problem.Unauthorized();
            }

            if (limits.ForKey(caller.Id) is { } keyWait)
            {
                return TooMany(request, keyWait, "This API key");
            }

            if (!route.Roles.Contains(caller.Role))
            {
                return Problem.Forbidden(
                    $"{route.Name} is for {string.Join(", ", route.Roles.Select(r => r.ToString().ToLowerInvariant()))} keys and members.");
            }

            // An id no resource can have names nothing: it never reaches storage as a key.
            if (routeValues.Values.FirstOrDefault(v => !Domain.Intake.Identifiers.RouteValue().IsMatch(v)) is not null)
            {
                return Problem.NotFound("There is no such resource that your key may see.");
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
        catch (OperationCanceledException) when (request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The client gets a trace id; the exception goes to the log only (its message could hold request data).
            LogFailed(logger, e, route.Name);
            return Problem.Internal();
        }
    }

    private static ProblemResult TooMany(HttpRequest request, int seconds, string who)
    {
        request.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problem.TooManyRequests(seconds, who);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Route {Route} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string route);
}
