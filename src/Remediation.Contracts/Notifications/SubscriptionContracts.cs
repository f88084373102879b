using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

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

/// <summary>POST /subscriptions/{id}/secret-rotations: a new signing secret; the old one keeps signing during the overlap.</summary>
public sealed record RotateSecretRequest
{
    /// <summary>Hours during which both secrets sign (0 to 168, default 24).</summary>
    [Range(0, 168)]
    public int? OverlapHours { get; init; }
}

public sealed record SubscriptionView
{
    public required string Id { get; init; }

    public required string Url { get; init; }

    /// <summary>The event types delivered; empty: every type.</summary>
    public required IReadOnlyList<EventType> Events { get; init; }

    public required bool Enabled { get; init; }

    /// <summary>Why it was disabled (by its owner, or because the endpoint answered 410 Gone).</summary>
    public string? DisabledReason { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// The signing secret ("whsec_..."): only in the answer that created it (POST /subscriptions and secret
    /// rotations). Store it now; verify the webhook-signature header with it (Standard Webhooks).
    /// </summary>
    public string? Secret { get; init; }

    /// <summary>Until then the previous secret signs too (after a rotation).</summary>
    public DateTimeOffset? PreviousSecretValidUntil { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<DeliveryStatus>))]
public enum DeliveryStatus
{
    /// <summary>Not delivered yet; nextAttemptAt says when it is tried (again).</summary>
    [JsonStringEnumMemberName("pending")]
    Pending,

    [JsonStringEnumMemberName("delivered")]
    Delivered,

    /// <summary>Given up: 24 hours of retries passed, or the endpoint answered 410 Gone, or the subscription was disabled.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,
}

/// <summary>One event on its way to a subscription. Its id is the webhook-id header of every attempt.</summary>
public sealed record DeliveryView
{
    public required string Id { get; init; }

    public required EventType EventType { get; init; }

    /// <summary>The case (absent for the daily digest).</summary>
    public string? CaseId { get; init; }

    public required DeliveryStatus Status { get; init; }

    public required int Attempts { get; init; }

    public int? LastStatusCode { get; init; }

    /// <summary>What went wrong on the last attempt (timeout, refused address, connection error).</summary>
    public string? LastError { get; init; }

    public DateTimeOffset? LastAttemptAt { get; init; }

    public DateTimeOffset? NextAttemptAt { get; init; }
}
