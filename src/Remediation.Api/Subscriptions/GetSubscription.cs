using Microsoft.AspNetCore.Http;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Domain.Notifications;

namespace Remediation.Api.Subscriptions;

/// <summary>GET /subscriptions/{subscriptionId}: one of the caller's own; another party's is not found.</summary>
public sealed class GetSubscription(ISubscriptionStore subscriptions, TimeProvider clock)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (subscription, problem) = await LoadAsync(subscriptions, request).ConfigureAwait(false);
        return subscription is null ? problem! : Results.Json(SubscriptionViews.From(subscription, clock.GetUtcNow()), ApiJson.Options);
    }

    /// <summary>The caller's subscription named by the route, or a 404 problem.</summary>
    internal static async Task<(Subscription? Subscription, IResult? Problem)> LoadAsync(ISubscriptionStore subscriptions, ApiRequest request)
    {
        var id = request.Route("subscriptionId");
        var found = id.Length <= 64
            ? await subscriptions.GetAsync(SubscriptionOwner.Of(request.Caller), id, request.Cancellation).ConfigureAwait(false)
            : null;
        return found is null ? (null, Problem.NotFound($"You have no subscription {id}.")) : (found, null);
    }
}
