using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Remediation.Api.Routing;
using Remediation.Functions.Hosting;

namespace Remediation.Functions.Http;

public sealed class SubscriptionFunctions(RemediationApi api, ApiDispatcher dispatcher) : ApiFunctionBase(api, dispatcher)
{
    [Function("CreateSubscription")]
    public Task<IActionResult> CreateSubscription(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/subscriptions")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        RunAsync("CreateSubscription", request, client);

    [Function("ListSubscriptions")]
    public Task<IActionResult> ListSubscriptions(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/subscriptions")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        RunAsync("ListSubscriptions", request, client);

    [Function("GetSubscription")]
    public Task<IActionResult> GetSubscription(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/subscriptions/{subscriptionId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string subscriptionId) =>
        RunAsync("GetSubscription", request, client, subscriptionId: subscriptionId);

    [Function("DeleteSubscription")]
    public Task<IActionResult> DeleteSubscription(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "v1/subscriptions/{subscriptionId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string subscriptionId) =>
        RunAsync("DeleteSubscription", request, client, subscriptionId: subscriptionId);

    [Function("DisableSubscription")]
    public Task<IActionResult> DisableSubscription(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/subscriptions/{subscriptionId}/disable")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string subscriptionId) =>
        RunAsync("DisableSubscription", request, client, subscriptionId: subscriptionId);

    [Function("EnableSubscription")]
    public Task<IActionResult> EnableSubscription(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/subscriptions/{subscriptionId}/enable")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string subscriptionId) =>
        RunAsync("EnableSubscription", request, client, subscriptionId: subscriptionId);

    [Function("RotateSubscriptionSecret")]
    public Task<IActionResult> RotateSubscriptionSecret(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/subscriptions/{subscriptionId}/secret-rotations")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string subscriptionId) =>
        RunAsync("RotateSubscriptionSecret", request, client, subscriptionId: subscriptionId);

    [Function("ListDeliveries")]
    public Task<IActionResult> ListDeliveries(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "v1/subscriptions/{subscriptionId}/deliveries")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string subscriptionId) =>
        RunAsync("ListDeliveries", request, client, subscriptionId: subscriptionId);

    [Function("RetryDelivery")]
    public Task<IActionResult> RetryDelivery(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "v1/subscriptions/{subscriptionId}/deliveries/{deliveryId}/retry")]
        HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string subscriptionId,
        string deliveryId) =>
        RunAsync("RetryDelivery", request, client, subscriptionId: subscriptionId, deliveryId: deliveryId);
}
