using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Notifications;

/// <summary>POST /subscriptions: a webhook endpoint for the notifications addressed to your party.</summary>
public sealed record CreateSubscriptionRequest
{
    /// <summary>An https URL with a public address (in Development, http to loopback too).</summary>
    [StringLength(2000, MinimumLength = 8)]
    public required string Url { get; init; }

    /// <summary>The event types to deliver; absent or empty: every type.</summary>
    [MaxLength(20)]
    public IReadOnlyList<EventType>? Events { get; init; }
}
