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
/// POST /subscriptions: registers a webhook endpoint for the caller's party (admins: the caseworker team). The
/// URL is checked against the address guard now, and again on every connection. The secret is in this answer only.
/// </summary>
public sealed class CreateSubscription(
    ISubscriptionStore subscriptions, IWebhookAddressCheck guard, Audit.AuditTrail audit, IOptions<ApiOptions> options, TimeProvider clock)
{
    public const int MaxPerOwner = 20;

    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, problem) = await RequestBody.ReadJsonAsync<CreateSubscriptionRequest>(
            request.Http, options.Value.MaxBodyBytes, request.Cancellation).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        var errors = new ErrorList();
        var url = await CheckUrlAsync(body.Url, guard, errors, request.Cancellation).ConfigureAwait(false);
        if (body.Events is { Count: > 20 })
        {
            errors.Add("$.events", "At most 20 event types; leave events out to receive every type.");
        }

        if (errors.Any)
        {
            return Problem.BadRequest("The subscription is not valid.", errors.Errors);
        }

        var owner = SubscriptionOwner.Of(request.Caller);
        if ((await subscriptions.ListAsync(owner, request.Cancellation).ConfigureAwait(false)).Count >= MaxPerOwner)
        {
            return Problem.Conflict($"A party has at most {MaxPerOwner} subscriptions; delete one first.");
        }

        var now = clock.GetUtcNow();
        var secret = SigningSecret.New();
        var subscription = new Subscription(
            "sub_" + Guid.NewGuid().ToString("N")[..20], owner, url!, (body.Events ?? []).Select(SubscriptionViews.ToDomain).ToHashSet(),
            true, null, now, secret, null, null);
        await subscriptions.AddAsync(subscription, request.Cancellation).ConfigureAwait(false);
        await audit.RecordAsync(
            Domain.Audit.AuditRecord.SubscriptionCreated, request.Caller.Actor.By, "subscription:" + subscription.Id,
            $"Subscribed {subscription.Owner.Key} to {subscription.Url.Host}.", request.Cancellation).ConfigureAwait(false);
        return Results.Json(SubscriptionViews.From(subscription, now, secret), ApiJson.Options, statusCode: StatusCodes.Status201Created)
            .WithLocation($"/{ApiRoute.Prefix}subscriptions/{subscription.Id}");
    }

    /// <summary>The URL if it may be a webhook endpoint; otherwise an error at $.url saying why.</summary>
    internal static async Task<Uri?> CheckUrlAsync(string text, IWebhookAddressCheck guard, ErrorList errors, CancellationToken cancellationToken)
    {
        if (text.Length > 2000 || !Uri.TryCreate(text, UriKind.Absolute, out var url))
        {
            errors.Add("$.url", "Expected an absolute https URL of at most 2000 characters.");
            return null;
        }

        if (await guard.CheckAsync(url, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            errors.Add("$.url", refusal);
            return null;
        }

        return url;
    }
}
