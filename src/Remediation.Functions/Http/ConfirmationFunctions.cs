using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Remediation.Api.Confirmations.Page;
using Remediation.Api.Routing;
using Remediation.Functions.Hosting;

namespace Remediation.Functions.Http;

/// <summary>
/// Workers' confirmations: the codes and the verification sample (API routes), Twilio's webhook, and the worker page,
/// served under the app's route prefix (/api/confirm; Remediation:WorkerPage:PublicUrl is what slips print).
/// </summary>
public sealed class ConfirmationFunctions(RemediationApi api, ApiDispatcher dispatcher, WorkerPage page) : ApiFunctionBase(api, dispatcher)
{
    [Function("IssueConfirmationCodes")]
    public Task<IActionResult> IssueConfirmationCodes(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/cases/{caseId}/confirmation-codes")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseId) =>
        RunAsync("IssueConfirmationCodes", request, client, caseId);

    [Function("GetVerificationSample")]
    public Task<IActionResult> GetVerificationSample(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/cases/{caseId}/verification-sample")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseId) =>
        RunAsync("GetVerificationSample", request, client, caseId);

    [Function("ReceiveTextMessage")]
    public Task<IActionResult> ReceiveTextMessage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/sms/inbound")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        RunAsync("ReceiveTextMessage", request, client);

    [Function("WorkerPageForm")]
    public async Task<IActionResult> WorkerPageForm([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "confirm")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ResultAction(await page.FormAsync(request.HttpContext).ConfigureAwait(false));
    }

    [Function("WorkerPageCode")]
    public async Task<IActionResult> WorkerPageCode(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "confirm/{code}")] HttpRequest request, string code)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ResultAction(await page.CodeAsync(request.HttpContext, code).ConfigureAwait(false));
    }

    [Function("WorkerPageAnswer")]
    public async Task<IActionResult> WorkerPageAnswer(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "confirm")] HttpRequest request,
        [DurableClient] DurableTaskClient client)
    {
        ArgumentNullException.ThrowIfNull(request);
        InvocationDurableClient.Use(client);
        return new ResultAction(await page.PostAsync(request.HttpContext).ConfigureAwait(false));
    }
}
