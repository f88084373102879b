using Remediation.Api.Routing;
using Remediation.Contracts.Cases;
using Remediation.Contracts.Notifications;
using Remediation.Domain.Parties;

namespace Remediation.Api.Subscriptions;

/// <summary>The subscription routes of the route table (webhooks and their delivery log).</summary>
public sealed class SubscriptionRoutes(
    CreateSubscription create,
    ListSubscriptions list,
    GetSubscription get,
    DeleteSubscription delete,
    SwitchSubscription @switch,
    RotateSecret rotate,
    ListDeliveries deliveries,
    RetryDelivery retry)
{
    private const string Tag = "Subscriptions";

    private const string Owner = "Partners and suppliers manage their party's subscriptions, admins the caseworker team's; "
        + "another party's subscription is not found (404).";

    public IEnumerable<ApiRoute> Routes(IReadOnlyList<Role> roles, IReadOnlyList<QueryParameter> pageQuery) =>
    [
        new("CreateSubscription", "POST", "subscriptions", roles, create.HandleAsync)
        {
            Tag = Tag, Summary = "Subscribe a webhook endpoint",
            Description = "Notifications addressed to your party (admins: to the caseworkers) are POSTed to the url as CloudEvents 1.0 JSON, "
                + "signed as Standard Webhooks says (webhook-id, webhook-timestamp, webhook-signature). "
                + "The url must be https and resolve to a public address. "
                + "The signing secret is in this answer only. " + Owner,
            Body = new(
                typeof(CreateSubscriptionRequest),
                [RemediationApi.Json],
                new CreateSubscriptionRequest
                {
                    Url = "https://hooks.example.org/remediation",
                    Events = [EventType.Escalated, EventType.StageChanged],
                }),
            Responses = [new(201, typeof(SubscriptionView), "Subscribed; secret is shown this once.")],
            Problems = [409],
        },
        new("ListSubscriptions", "GET", "subscriptions", roles, list.HandleAsync)
        {
            Tag = Tag, Summary = "List your subscriptions", Description = Owner,
            Responses = [new(200, typeof(Page<SubscriptionView>), "Your subscriptions (one page).")],
        },
        new("GetSubscription", "GET", "subscriptions/{subscriptionId}", roles, get.HandleAsync)
        {
            Tag = Tag, Summary = "Read a subscription", Responses = [new(200, typeof(SubscriptionView), "The subscription.")],
        },
        new("DeleteSubscription", "DELETE", "subscriptions/{subscriptionId}", roles, delete.HandleAsync)
        {
            Tag = Tag, Summary = "Delete a subscription", Description = "Nothing more is sent; deliveries still pending fail.",
            Responses = [new(204, null, "Deleted.")],
        },
        new("DisableSubscription", "POST", "subscriptions/{subscriptionId}/disable", roles, @switch.DisableAsync)
        {
            Tag = Tag, Summary = "Disable a subscription",
            Description = "Nothing is sent while disabled; deliveries due meanwhile fail (retry them after enabling).",
            Responses = [new(200, typeof(SubscriptionView), "Disabled.")], Problems = [409],
        },
        new("EnableSubscription", "POST", "subscriptions/{subscriptionId}/enable", roles, @switch.EnableAsync)
        {
            Tag = Tag, Summary = "Enable a subscription", Description = "Also after the endpoint answered 410 Gone. The url is checked again.",
            Responses = [new(200, typeof(SubscriptionView), "Enabled.")], Problems = [409, 422],
        },
        new("RotateSubscriptionSecret", "POST", "subscriptions/{subscriptionId}/secret-rotations", roles, rotate.HandleAsync)
        {
            Tag = Tag, Summary = "Rotate the signing secret",
            Description = "A new secret, in this answer only. "
                + "During the overlap (default 24 hours) every delivery carries two signatures, one per secret, "
                + "so your receiver can switch when it is ready. The body may be empty.",
            Body = new(typeof(RotateSecretRequest), [RemediationApi.Json], new RotateSecretRequest { OverlapHours = 24 }, Optional: true),
            Responses = [new(200, typeof(SubscriptionView), "Rotated; secret is shown this once.")], Problems = [409],
        },
        new("ListDeliveries", "GET", "subscriptions/{subscriptionId}/deliveries", roles, deliveries.HandleAsync)
        {
            Tag = Tag, Summary = "A subscription's delivery log",
            Description = "Newest first: status, attempts, last status code and error, next attempt. "
                + "A failed attempt is retried with exponential backoff and jitter for 24 hours; 410 Gone disables the subscription.",
            Query = pageQuery, Responses = [new(200, typeof(Page<DeliveryView>), "A page of deliveries.")],
        },
        new("RetryDelivery", "POST", "subscriptions/{subscriptionId}/deliveries/{deliveryId}/retry", roles, retry.HandleAsync)
        {
            Tag = Tag, Summary = "Deliver again now",
            Description = "Whatever its status, with a fresh 24-hour retry window and the same webhook-id (de-duplicate on it).",
            Responses = [new(202, typeof(DeliveryView), "Scheduled.")], Problems = [409],
        },
    ];
}
