namespace Remediation.Contracts.Notifications;

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
