using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Contracts.Notifications;
using Remediation.Domain.Notifications;
using Remediation.Domain.Validation;

namespace Remediation.Api.Subscriptions;

/// <summary>
/// POST /subscriptions/{subscriptionId}/secret-rotations: a new secret, shown once. During the overlap both
/// secrets sign every delivery (two signatures in webhook-signature), so a receiver can switch at its own pace.
/// </summary>
public sealed class RotateSecret(ISubscriptionStore subscriptions, IOptions<ApiOptions> options, TimeProvider clock)
{
    public const int DefaultOverlapHours = 24;

    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (subscription, problem) = await GetSubscription.LoadAsync(subscriptions, request).ConfigureAwait(false);
        if (subscription is null)
        {
            return problem!;
        }

        var body = new RotateSecretRequest();
        if ((request.Http.ContentLength ?? 0) > 0 || request.Http.ContentType is not null)
        {
            var (read, bodyProblem) = await RequestBody.ReadJsonAsync<RotateSecretRequest>(
                request.Http, options.Value.MaxBodyBytes, request.Cancellation).ConfigureAwait(false);
            if (read is null)
            {
                return bodyProblem!;
            }

            body = read;
        }

        if (body.OverlapHours is < 0 or > 168)
        {
            return Problem.BadRequest(
                "The rotation is not valid.", [new FieldError("$.overlapHours", "Expected a whole number of hours from 0 to 168.")]);
        }

        var now = clock.GetUtcNow();
        var secret = SigningSecret.New();
        var overlap = TimeSpan.FromHours(body.OverlapHours ?? DefaultOverlapHours);
        var rotated = subscription with
        {
            Secret = secret,
            PreviousSecret = overlap > TimeSpan.Zero ? subscription.Secret : null,
            PreviousSecretExpiresAt = overlap > TimeSpan.Zero ? now + overlap : null,
        };
        if (!await subscriptions.ReplaceAsync(rotated, request.Cancellation).ConfigureAwait(false))
        {
            return Problem.Conflict("The subscription changed or was deleted while its secret was being rotated; read it and rotate again.");
        }

        return Results.Json(SubscriptionViews.From(rotated, now, secret), ApiJson.Options);
    }
}
