using Microsoft.AspNetCore.Http;
using Remediation.Api.Json;
using Remediation.Contracts.Health;
using Remediation.Domain.Cases;
using Remediation.Workflows.Sending;

namespace Remediation.Api.Health;

/// <summary>
/// <c>/healthz</c>: the process answers. <c>/readyz</c>: storage and the durable engine answer within a few
/// seconds (503 otherwise), so a load balancer sends no traffic to an instance that cannot do its work.
/// </summary>
public sealed class HealthEndpoints(ICaseStore cases, IDurableClientSource durable, RateLimiting.RequestLimits limits)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public IResult Alive(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Limited(request) ?? Results.Json(new HealthReport { Status = "alive" }, ApiJson.Options);
    }

    public async Task<IResult> ReadyAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Limited(request) is { } limited)
        {
            return limited;
        }

        var cancellationToken = request.HttpContext.RequestAborted;
        var checks = new Dictionary<string, string>
        {
            ["storage"] = await CheckAsync(token => cases.GetAsync("readiness-probe", token), cancellationToken).ConfigureAwait(false),
            ["durableEngine"] = await CheckAsync(
                token => durable.Client.GetInstanceAsync("readiness-probe", getInputsAndOutputs: false, token),
                cancellationToken).ConfigureAwait(false),
        };
        var ready = checks.Values.All(v => v == "ok");
        return Results.Json(
            new HealthReport { Status = ready ? "ready" : "unavailable", Checks = checks },
            ApiJson.Options,
            statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>The probes answer without a key, so they count against the client address like every request.</summary>
    private IResult? Limited(HttpRequest request)
    {
        if (limits.ForAddress(request) is not { } seconds)
        {
            return null;
        }

        request.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problems.Problem.TooManyRequests(seconds, "This client address");
    }

    private static async Task<string> CheckAsync<T>(Func<CancellationToken, Task<T>> probe, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await probe(timeout.Token).WaitAsync(timeout.Token).ConfigureAwait(false);
            return "ok";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The kind of failure only: messages may name hosts and keys.
            return timeout.IsCancellationRequested ? "no answer within 5 s" : "failed: " + e.GetType().Name;
        }
    }
}
