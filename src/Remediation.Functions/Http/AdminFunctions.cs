using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Remediation.Api.Routing;
using Remediation.Functions.Hosting;

namespace Remediation.Functions.Http;

public sealed class AdminFunctions(RemediationApi api, ApiDispatcher dispatcher) : ApiFunctionBase(api, dispatcher)
{
    [Function("RegisterParty")]
    public Task<IActionResult> RegisterParty(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/admin/parties")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        RunAsync("RegisterParty", request, client);

    [Function("IssueApiKey")]
    public Task<IActionResult> IssueApiKey(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/admin/api-keys")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        RunAsync("IssueApiKey", request, client);

    [Function("RevokeApiKey")]
    public Task<IActionResult> RevokeApiKey(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "v1/admin/api-keys/{keyId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string keyId) =>
        RunAsync("RevokeApiKey", request, client, keyId: keyId);

    [Function("GetCaller")]
    public Task<IActionResult> GetCaller(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/me")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        RunAsync("GetCaller", request, client);
}
