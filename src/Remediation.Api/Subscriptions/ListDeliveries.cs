using Microsoft.AspNetCore.Http;
using Remediation.Api.Cases;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Contracts.Cases;
using Remediation.Contracts.Notifications;
using Remediation.Domain.Notifications;
using Remediation.Domain.Validation;

namespace Remediation.Api.Subscriptions;

/// <summary>GET /subscriptions/{subscriptionId}/deliveries: the delivery log, newest first, paged.</summary>
public sealed class ListDeliveries(ISubscriptionStore subscriptions, IDeliveryStore deliveries)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (subscription, problem) = await GetSubscription.LoadAsync(subscriptions, request).ConfigureAwait(false);
        if (subscription is null)
        {
            return problem!;
        }

        var errors = new ErrorList();
        var page = Cases.Paging.Read(request.Http, errors);
        if (errors.Any)
        {
            return Problem.BadRequest("The query string is not valid.", errors.Errors);
        }

        var result = await deliveries.ListAsync(subscription.Id, page, request.Cancellation).ConfigureAwait(false);
        return Results.Json(
            new Page<DeliveryView> { Items = [.. result.Items.Select(SubscriptionViews.From)], ContinuationToken = result.ContinuationToken },
            ApiJson.Options);
    }
}
