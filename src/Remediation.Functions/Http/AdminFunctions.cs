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

    [Function("GetSignInSettings")]
    public Task<IActionResult> GetSignInSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/session/settings")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        RunAsync("GetSignInSettings", request, client);

    [Function("ListParties")]
    public Task<IActionResult> ListParties(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/admin/parties")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        RunAsync("ListParties", request, client);

    [Function("ListApiKeys")]
    public Task<IActionResult> ListApiKeys(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/admin/api-keys")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        RunAsync("ListApiKeys", request, client);

    [Function("ListMembers")]
    public Task<IActionResult> ListMembers(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/admin/members")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        RunAsync("ListMembers", request, client);

    [Function("CreateMember")]
    public Task<IActionResult> CreateMember(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/admin/members")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        RunAsync("CreateMember", request, client);

    [Function("GetMember")]
    public Task<IActionResult> GetMember(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/admin/members/{memberId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string memberId) =>
        RunAsync("GetMember", request, client, memberId: memberId);

    [Function("ChangeMember")]
    public Task<IActionResult> ChangeMember(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "v1/admin/members/{memberId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string memberId) =>
        RunAsync("ChangeMember", request, client, memberId: memberId);

    [Function("DisableMember")]
    public Task<IActionResult> DisableMember(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/admin/members/{memberId}/disable")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string memberId) =>
        RunAsync("DisableMember", request, client, memberId: memberId);

    [Function("GetAuditLog")]
    public Task<IActionResult> GetAuditLog(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/admin/audit")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        RunAsync("GetAuditLog", request, client);
}
