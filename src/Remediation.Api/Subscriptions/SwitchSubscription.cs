using Microsoft.AspNetCore.Http;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Domain.Notifications;
using Remediation.Domain.Validation;

namespace Remediation.Api.Subscriptions;

/// <summary>
/// POST /subscriptions/{subscriptionId}/disable and /enable. Enabling checks the URL again (its host may resolve
/// elsewhere by now) and clears the reason it was disabled, e.g. after a 410 Gone.
/// </summary>
public sealed class SwitchSubscription(ISubscriptionStore subscriptions, IWebhookAddressCheck guard, TimeProvider clock)
{
    public Task<IResult> DisableAsync(ApiRequest request) => SwitchAsync(request, enable: false);

    public Task<IResult> EnableAsync(ApiRequest request) => SwitchAsync(request, enable: true);

    private async Task<IResult> SwitchAsync(ApiRequest request, bool enable)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (subscription, problem) = await GetSubscription.LoadAsync(subscriptions, request).ConfigureAwait(false);
        if (subscription is null)
        {
            return problem!;
        }

        var now = clock.GetUtcNow();
        if (enable)
        {
            var errors = new ErrorList();
            if (await CreateSubscription.CheckUrlAsync(subscription.Url.ToString(), guard, errors, request.Cancellation)
                .ConfigureAwait(false) is null)
            {
                return Problem.Unprocessable("The subscription's url may not be used any more; delete it and subscribe again.", errors.Errors);
            }
        }

        var changed = subscription with { Enabled = enable, DisabledReason = enable ? null : $"Disabled by its owner at {now:u}." };
        if (!await subscriptions.ReplaceAsync(changed, request.Cancellation).ConfigureAwait(false))
        {
            return Problem.Conflict("The subscription changed or was deleted meanwhile; read it and try again.");
        }

        return Results.Json(SubscriptionViews.From(changed, now), ApiJson.Options);
    }
}
