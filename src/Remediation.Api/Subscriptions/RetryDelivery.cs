using Microsoft.AspNetCore.Http;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Domain.Notifications;

namespace Remediation.Api.Subscriptions;

/// <summary>
/// POST /subscriptions/{subscriptionId}/deliveries/{deliveryId}/retry: try again now, with a fresh retry window,
/// whatever the delivery's status (a receiver that lost a delivered event may ask for it again). Same webhook-id.
/// </summary>
public sealed class RetryDelivery(ISubscriptionStore subscriptions, IDeliveryStore deliveries, IDeliveryScheduler scheduler, TimeProvider clock)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (subscription, problem) = await GetSubscription.LoadAsync(subscriptions, request).ConfigureAwait(false);
        if (subscription is null)
        {
            return problem!;
        }

        var id = request.Route("deliveryId");
        var delivery = id.Length <= 64 ? await deliveries.GetAsync(subscription.Id, id, request.Cancellation).ConfigureAwait(false) : null;
        if (delivery is null)
        {
            return Problem.NotFound($"Subscription {subscription.Id} has no delivery {id}.");
        }

        if (!subscription.Enabled)
        {
            return Problem.Conflict("The subscription is disabled; enable it first (POST .../enable).");
        }

        var now = clock.GetUtcNow();
        var (retried, ticket) = (delivery with { RetryFrom = now }).Rescheduled(now);
        // Scheduled before it is recorded: if we stop in between, the old state stands and nothing half-done is
        // left; an attempt that comes before the record waits for it (the ticket knows the token it replaces).
        await scheduler.ScheduleAsync(ticket, TimeSpan.Zero, request.Cancellation).ConfigureAwait(false);
        await deliveries.ReplaceAsync(retried, request.Cancellation).ConfigureAwait(false);
        return Results.Json(SubscriptionViews.From(retried), ApiJson.Options, statusCode: StatusCodes.Status202Accepted);
    }
}
