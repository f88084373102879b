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
public sealed class HealthEndpoints(ICaseStore cases, IDurableClientSource durable)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static IResult Alive() => Results.Json(new HealthReport { Status = "alive" }, ApiJson.Options);

    public async Task<IResult> ReadyAsync(CancellationToken cancellationToken)
    {
        var checks = new Dictionary<string, string>
        {
            ["storage"] = await CheckAsync(token => cases.GetAsync("readiness-probe", token), cancellationToken).ConfigureAwait(false),
            ["durableEngine"] = await CheckAsync(token => durable.Client.GetInstanceAsync("readiness-probe", getInputsAndOutputs: false, token), cancellationToken).ConfigureAwait(false),
        };
        var ready = checks.Values.All(v => v == "ok");
        return Results.Json(new HealthReport { Status = ready ? "ready" : "unavailable", Checks = checks }, ApiJson.Options, statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
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
