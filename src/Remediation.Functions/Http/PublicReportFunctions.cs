using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Remediation.Api.PublicReports;
using Remediation.Api.Routing;
using Remediation.Functions.Hosting;

namespace Remediation.Functions.Http;

public sealed class PublicReportFunctions(RemediationApi api, ApiDispatcher dispatcher, PublicReportPage page) : ApiFunctionBase(api, dispatcher)
{
    [Function("PreparePublicReport")]
    public Task<IActionResult> PreparePublicReport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/public-reports")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        RunAsync("PreparePublicReport", request, client);

    [Function("ListPublicReports")]
    public Task<IActionResult> ListPublicReports(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/public-reports")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        RunAsync("ListPublicReports", request, client);

    [Function("GetPublicReportDraft")]
    public Task<IActionResult> GetPublicReportDraft(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/public-reports/{reportId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string reportId) =>
        RunWithAsync("GetPublicReportDraft", request, client, "reportId", reportId);

    [Function("ReleasePublicReport")]
    public Task<IActionResult> ReleasePublicReport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/public-reports/{reportId}/release")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string reportId) =>
        RunWithAsync("ReleasePublicReport", request, client, "reportId", reportId);

    /// <summary>The public page, without a key: served at /api/public/reports/{id} under the Functions route prefix.</summary>
    [Function("PublicReportPage")]
    public async Task<IActionResult> PublicReport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "public/reports/{reportId}")] HttpRequest request,
        string reportId)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ResultAction(await page.GetAsync(request.HttpContext, reportId).ConfigureAwait(false));
    }
}
