using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;

namespace Remediation.Workflows.Handling;

/// <summary>What the orchestration needs to know of a case: its stage and when to wake up next.</summary>
public sealed record CaseSchedule(Stage Stage, DateTimeOffset? Deadline, EscalationLevel EscalationLevel, DateTimeOffset? NextWakeAt)
{
    public bool IsClosed => Stage == Stage.Closed;

    public static CaseSchedule Of(Case @case, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(policy);
        var wake = @case.IsClosed || @case.Deadline is not { } deadline ? null : policy.NextEscalationAt(deadline, @case.EscalationLevel);
        return new CaseSchedule(@case.Stage, @case.Deadline, @case.EscalationLevel, wake);
    }
}
