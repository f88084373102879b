using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;
using Remediation.Api.Routing;

namespace Remediation.Functions.Hosting;

/// <summary>What every HTTP function does: bind the invocation's durable client, then run its route of the shared API.</summary>
public abstract class ApiFunctionBase(RemediationApi api, ApiDispatcher dispatcher)
{
    protected async Task<IActionResult> RunAsync(
        string route, HttpRequest request, DurableTaskClient client, string? caseId = null, string? keyId = null, string? evidenceId = null,
        string? commandId = null, string? problemType = null, string? subscriptionId = null, string? deliveryId = null,
        string? memberId = null)
    {
        InvocationDurableClient.Use(client);
        var values = new Dictionary<string, string?>
        {
            ["caseId"] = caseId, ["keyId"] = keyId, ["evidenceId"] = evidenceId, ["commandId"] = commandId, ["problemType"] = problemType,
            ["subscriptionId"] = subscriptionId, ["deliveryId"] = deliveryId, ["memberId"] = memberId,
        }
            .Where(v => v.Value is not null)
            .ToDictionary(v => v.Key, v => v.Value!);

        return new ResultAction(await dispatcher.DispatchAsync(api[route], request, values).ConfigureAwait(false));
    }

    /// <summary>A route with other route values than the case's and the admin's (supplier, contract, report ids).</summary>
    protected async Task<IActionResult> RunWithAsync(string route, HttpRequest request, DurableTaskClient client, string name, string value)
    {
        InvocationDurableClient.Use(client);
        var values = new Dictionary<string, string> { [name] = value };
        return new ResultAction(await dispatcher.DispatchAsync(api[route], request, values).ConfigureAwait(false));
    }
}
