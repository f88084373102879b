using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;

namespace Remediation.Workflows.Handling;

/// <summary>What the orchestration needs to know of a case: its stage and when to wake up next.</summary>
public sealed record CaseSchedule(Stage Stage, DateTimeOffset? Deadline, EscalationLevel EscalationLevel, DateTimeOffset? NextWakeAt)
{
    public bool IsClosed => Stage == Stage.Closed;

    /// <summary>
    /// Whether a case that went from <paramref name="before"/> to <paramref name="after"/> must wake its orchestration:
    /// it closed (the orchestration ends), or its next wake-up came earlier than the timer that may be waiting for
    /// <paramref name="before"/>'s. A wake-up that moved later needs nobody: the old timer fires first, finds the
    /// escalation not yet due and waits again (docs/decisions.md, "A waiting caller's command wakes the engine only when
    /// the clock needs it").
    /// </summary>
    public static bool NeedsWakeUp(CaseSchedule before, CaseSchedule after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return (after.IsClosed && !before.IsClosed)
            || (after.NextWakeAt is { } next && (before.NextWakeAt is not { } earlier || next < earlier));
    }

    public static CaseSchedule Of(Case @case, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(policy);
        var wake = @case.IsClosed || @case.Deadline is not { } deadline ? null : policy.NextEscalationAt(deadline, @case.EscalationLevel);
        return new CaseSchedule(@case.Stage, @case.Deadline, @case.EscalationLevel, wake);
    }
}
