using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Remediation.Api.Routing;
using Remediation.Functions.Hosting;

namespace Remediation.Functions.Http;

public sealed class ProcurementFunctions(RemediationApi api, ApiDispatcher dispatcher) : ApiFunctionBase(api, dispatcher)
{
    [Function("RegisterContract")]
    public Task<IActionResult> RegisterContract(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/contracts")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        RunAsync("RegisterContract", request, client);

    [Function("ListContracts")]
    public Task<IActionResult> ListContracts(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/contracts")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        RunAsync("ListContracts", request, client);

    [Function("GetContract")]
    public Task<IActionResult> GetContract(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/contracts/{contractId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string contractId) =>
        RunWithAsync("GetContract", request, client, "contractId", contractId);

    [Function("ListSuppliers")]
    public Task<IActionResult> ListSuppliers(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/suppliers")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        RunAsync("ListSuppliers", request, client);

    [Function("GetRiskMethod")]
    public Task<IActionResult> GetRiskMethod(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/suppliers/method")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        RunAsync("GetRiskMethod", request, client);

    [Function("GetSupplier")]
    public Task<IActionResult> GetSupplier(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/suppliers/{supplierId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string supplierId) =>
        RunWithAsync("GetSupplier", request, client, "supplierId", supplierId);

    [Function("SupplierEvidencePack")]
    public Task<IActionResult> SupplierEvidencePack(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/suppliers/{supplierId}/evidence-pack")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string supplierId) =>
        RunWithAsync("SupplierEvidencePack", request, client, "supplierId", supplierId);

    [Function("SupplierRecordExport")]
    public Task<IActionResult> SupplierRecordExport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/suppliers/{supplierId}/record")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string supplierId) =>
        RunWithAsync("SupplierRecordExport", request, client, "supplierId", supplierId);
}
