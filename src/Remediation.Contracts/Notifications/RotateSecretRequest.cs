using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Notifications;

/// <summary>POST /subscriptions/{id}/secret-rotations: a new signing secret; the old one keeps signing during the overlap.</summary>
public sealed record RotateSecretRequest
{
    /// <summary>Hours during which both secrets sign (0 to 168, default 24).</summary>
    [Range(0, 168)]
    public int? OverlapHours { get; init; }
}
