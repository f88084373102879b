using Microsoft.AspNetCore.Http;
using Remediation.Api.Json;
using Remediation.Api.Routing;
using Remediation.Contracts.Cases;
using Remediation.Contracts.Notifications;
using Remediation.Domain.Notifications;

namespace Remediation.Api.Subscriptions;

/// <summary>GET /subscriptions: the caller's own (at most 20, one page).</summary>
public sealed class ListSubscriptions(ISubscriptionStore subscriptions, TimeProvider clock)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow();
        var owned = await subscriptions.ListAsync(SubscriptionOwner.Of(request.Caller), request.Cancellation).ConfigureAwait(false);
        return Results.Json(new Page<SubscriptionView> { Items = [.. owned.Select(s => SubscriptionViews.From(s, now))] }, ApiJson.Options);
    }
}
