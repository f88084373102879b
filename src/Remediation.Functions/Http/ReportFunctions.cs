using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Remediation.Api.Routing;
using Remediation.Functions.Hosting;

namespace Remediation.Functions.Http;

public sealed class ReportFunctions(RemediationApi api, ApiDispatcher dispatcher) : ApiFunctionBase(api, dispatcher)
{
    [Function("ReportSummary")]
    public Task<IActionResult> ReportSummary(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/reports/summary")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        RunAsync("ReportSummary", request, client);

    [Function("ReportCasesCsv")]
    public Task<IActionResult> ReportCasesCsv(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/reports/cases.csv")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        RunAsync("ReportCasesCsv", request, client);
}
