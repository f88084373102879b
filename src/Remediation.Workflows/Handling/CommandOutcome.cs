using Remediation.Domain.Rules;

namespace Remediation.Workflows.Handling;

/// <summary>The result of one command, small enough for any durable message: applied or refused, and the case's schedule after it.</summary>
public sealed record CommandOutcome(string CommandId, bool Applied, RefusalKind? RefusalKind, string? Reason, CaseSchedule? Schedule)
{
    public const int MaxReasonLength = 2000;

    /// <summary>The command id was seen before: it was handled then, and nothing changed now.</summary>
    public bool WasDuplicate { get; init; }

    /// <summary>The command closed the case or brought its next wake-up forward (<see cref="CaseSchedule.NeedsWakeUp"/>).</summary>
    public bool NeedsWakeUp { get; init; }

    public static CommandOutcome Refused(string commandId, Refusal refusal, CaseSchedule? schedule)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var reason = refusal.Reason.Length > MaxReasonLength ? refusal.Reason[..(MaxReasonLength - 1)] + "…" : refusal.Reason;
        return new(commandId, false, refusal.Kind, reason, schedule);
    }
}
