using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;
using Remediation.Api.Routing;

namespace Remediation.Functions.Hosting;

/// <summary>What every HTTP function does: bind the invocation's durable client, then run its route of the shared API.</summary>
public abstract class ApiFunctionBase(RemediationApi api, ApiDispatcher dispatcher)
{
    protected async Task<IActionResult> RunAsync(
        string route, HttpRequest request, DurableTaskClient client, string? caseId = null, string? keyId = null, string? evidenceId = null, string? commandId = null, string? problemType = null)
    {
        InvocationDurableClient.Use(client);
        var values = new Dictionary<string, string>();
        if (caseId is not null)
        {
            values["caseId"] = caseId;
        }

        if (keyId is not null)
        {
            values["keyId"] = keyId;
        }

        if (evidenceId is not null)
        {
            values["evidenceId"] = evidenceId;
        }

        if (commandId is not null)
        {
            values["commandId"] = commandId;
        }

        if (problemType is not null)
        {
            values["problemType"] = problemType;
        }

        return new ResultAction(await dispatcher.DispatchAsync(api[route], request, values).ConfigureAwait(false));
    }
}
