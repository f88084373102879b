using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Remediation.Api.Health;
using Remediation.Api.OpenApi;
using Remediation.Api.Routing;
using Remediation.Functions.Hosting;

namespace Remediation.Functions.Http;

/// <summary>
/// What the Functions app serves beside the route table: the API document (the committed one, which a test keeps
/// equal to what the code generates), problem type descriptions, health probes, and problem details for unknown
/// routes (404) and wrong methods (405).
/// </summary>
public sealed class DocumentFunctions(RemediationApi api, ApiDispatcher dispatcher, RouteFallback fallback, HealthEndpoints health)
    : ApiFunctionBase(api, dispatcher)
{
    [Function("OpenApiDocument")]
    public static IActionResult OpenApiDocument([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/openapi.json")] HttpRequest request) =>
        new FileContentResult(CommittedDocument.Json(), "application/json");

    [Function("GetProblemType")]
    public Task<IActionResult> GetProblemType(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/problems/{problemType}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string problemType) =>
        RunAsync("GetProblemType", request, client, problemType: problemType);

    [Function("Alive")]
    public IActionResult Alive([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "healthz")] HttpRequest request) =>
        new ResultAction(health.Alive(request));

    [Function("Ready")]
    public async Task<IActionResult> Ready(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "readyz")] HttpRequest request,
        [DurableClient] DurableTaskClient client)
    {
        ArgumentNullException.ThrowIfNull(request);
        InvocationDurableClient.Use(client);
        return new ResultAction(await health.ReadyAsync(request).ConfigureAwait(false));
    }

    /// <summary>Every request no other function takes (the host prefers literal routes over this catch-all).</summary>
    [Function("NoSuchRoute")]
    public IActionResult NoSuchRoute(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", "put", "patch", "delete", Route = "{*path}")] HttpRequest request) =>
        new ResultAction(fallback.Resolve(request));
}
