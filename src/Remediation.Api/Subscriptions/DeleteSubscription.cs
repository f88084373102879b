using Microsoft.AspNetCore.Http;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Domain.Notifications;

namespace Remediation.Api.Subscriptions;

/// <summary>DELETE /subscriptions/{subscriptionId}: nothing more is sent to it; pending deliveries fail.</summary>
public sealed class DeleteSubscription(ISubscriptionStore subscriptions, Audit.AuditTrail audit)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (subscription, problem) = await GetSubscription.LoadAsync(subscriptions, request).ConfigureAwait(false);
        if (subscription is null)
        {
            return problem!;
        }

        await subscriptions.DeleteAsync(subscription.Owner, subscription.Id, request.Cancellation).ConfigureAwait(false);
        await audit.RecordAsync(
            Domain.Audit.AuditRecord.SubscriptionDeleted, request.Caller.Actor.By, "subscription:" + subscription.Id,
            $"Deleted the subscription of {subscription.Owner.Key}.", request.Cancellation).ConfigureAwait(false);
        return Results.NoContent();
    }
}
