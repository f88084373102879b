namespace Remediation.Contracts.Notifications;

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
