using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Remediation.Api.Routing;
using Remediation.Functions.Hosting;

namespace Remediation.Functions.Http;

/// <summary>Intake and the case read routes. Authentication is the API's own (API keys), so the Functions auth level is anonymous.</summary>
public sealed class CaseFunctions(RemediationApi api, ApiDispatcher dispatcher) : ApiFunctionBase(api, dispatcher)
{
    [Function("CreateCase")]
    public Task<IActionResult> CreateCase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/cases")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        RunAsync("CreateCase", request, client);

    [Function("ListCases")]
    public Task<IActionResult> ListCases(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/cases")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        RunAsync("ListCases", request, client);

    [Function("GetCase")]
    public Task<IActionResult> GetCase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/cases/{caseId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseId) =>
        RunAsync("GetCase", request, client, caseId);

    [Function("GetTimeline")]
    public Task<IActionResult> GetTimeline(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/cases/{caseId}/timeline")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseId) =>
        RunAsync("GetTimeline", request, client, caseId);

    [Function("VerifyTimeline")]
    public Task<IActionResult> VerifyTimeline(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/cases/{caseId}/timeline/verify")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseId) =>
        RunAsync("VerifyTimeline", request, client, caseId);

    [Function("UploadEvidence")]
    public Task<IActionResult> UploadEvidence(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/cases/{caseId}/evidence")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseId) =>
        RunAsync("UploadEvidence", request, client, caseId);

    [Function("DownloadEvidence")]
    public Task<IActionResult> DownloadEvidence(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/cases/{caseId}/evidence/{evidenceId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseId,
        string evidenceId) =>
        RunAsync("DownloadEvidence", request, client, caseId, evidenceId: evidenceId);

    [Function("GetWorkers")]
    public Task<IActionResult> GetWorkers(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/cases/{caseId}/workers")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseId) =>
        RunAsync("GetWorkers", request, client, caseId);

    [Function("PreviewWorkersSheet")]
    public Task<IActionResult> PreviewWorkersSheet(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/sheets/workers")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        RunAsync("PreviewWorkersSheet", request, client);

    [Function("PreviewFindingsSheet")]
    public Task<IActionResult> PreviewFindingsSheet(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/sheets/findings")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        RunAsync("PreviewFindingsSheet", request, client);

    [Function("ListEvidence")]
    public Task<IActionResult> ListEvidence(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/cases/{caseId}/evidence")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseId) =>
        RunAsync("ListEvidence", request, client, caseId: caseId);
}
