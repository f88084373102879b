using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Remediation.Api.Routing;
using Remediation.Functions.Hosting;

namespace Remediation.Functions.Http;

/// <summary>The command routes: each checks the command against the case and queues it for the case's orchestration.</summary>
public sealed class CommandFunctions(RemediationApi api, ApiDispatcher dispatcher) : ApiFunctionBase(api, dispatcher)
{
    [Function("AddWorkers")]
    public Task<IActionResult> AddWorkers(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/cases/{caseId}/workers")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseId) =>
        RunAsync("AddWorkers", request, client, caseId);

    [Function("Triage")]
    public Task<IActionResult> Triage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/cases/{caseId}/triage")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseId) =>
        RunAsync("Triage", request, client, caseId);

    [Function("Acknowledge")]
    public Task<IActionResult> Acknowledge(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/cases/{caseId}/acknowledgement")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseId) =>
        RunAsync("Acknowledge", request, client, caseId);

    [Function("SubmitFindings")]
    public Task<IActionResult> SubmitFindings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/cases/{caseId}/findings")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseId) =>
        RunAsync("SubmitFindings", request, client, caseId);

    [Function("DecideFindings")]
    public Task<IActionResult> DecideFindings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/cases/{caseId}/findings/decision")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseId) =>
        RunAsync("DecideFindings", request, client, caseId);

    [Function("SubmitPlan")]
    public Task<IActionResult> SubmitPlan(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/cases/{caseId}/plan")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseId) =>
        RunAsync("SubmitPlan", request, client, caseId);

    [Function("DecidePlan")]
    public Task<IActionResult> DecidePlan(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/cases/{caseId}/plan/decision")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseId) =>
        RunAsync("DecidePlan", request, client, caseId);

    [Function("RecordPayments")]
    public Task<IActionResult> RecordPayments(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/cases/{caseId}/payments")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseId) =>
        RunAsync("RecordPayments", request, client, caseId);

    [Function("RecordVerifications")]
    public Task<IActionResult> RecordVerifications(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/cases/{caseId}/verifications")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseId) =>
        RunAsync("RecordVerifications", request, client, caseId);

    [Function("ReportRetaliation")]
    public Task<IActionResult> ReportRetaliation(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/cases/{caseId}/retaliation-reports")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseId) =>
        RunAsync("ReportRetaliation", request, client, caseId);

    [Function("ExtendDeadline")]
    public Task<IActionResult> ExtendDeadline(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/cases/{caseId}/deadline-extensions")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseId) =>
        RunAsync("ExtendDeadline", request, client, caseId);

    [Function("CloseCase")]
    public Task<IActionResult> CloseCase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/cases/{caseId}/close")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseId) =>
        RunAsync("CloseCase", request, client, caseId);

    [Function("AddNote")]
    public Task<IActionResult> AddNote(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/cases/{caseId}/notes")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseId) =>
        RunAsync("AddNote", request, client, caseId);

    [Function("GetCommandStatus")]
    public Task<IActionResult> GetCommandStatus(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/cases/{caseId}/commands/{commandId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string caseId,
        string commandId) =>
        RunAsync("GetCommandStatus", request, client, caseId, commandId: commandId);
}
