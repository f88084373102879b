using Remediation.Contracts.Cases;

namespace Remediation.Contracts.Notifications;

/// <summary>
/// The data of a delivered CloudEvent: the case as it stood when the notification was raised. Never a worker
/// reference, an amount per worker or text a party wrote.
/// </summary>
public sealed record NotificationData
{
    public required EventType Kind { get; init; }

    /// <summary>The case (absent for the daily digest, which is about many).</summary>
    public string? CaseId { get; init; }

    public Stage? Stage { get; init; }

    /// <summary>0 (none) to 4; for case.escalated, the rung this event is about.</summary>
    public int? EscalationLevel { get; init; }

    public DateTimeOffset? Deadline { get; init; }

    public WaitingFor? WaitingFor { get; init; }

    /// <summary>The case in the API (GET it with your key).</summary>
    public string? CaseUrl { get; init; }

    /// <summary>One sentence composed by the system.</summary>
    public required string Summary { get; init; }
}
