using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Orchestration;

/// <summary>
/// The orchestration's custom status: where the case is, at a glance, from the durable engine alone, and which
/// version of the orchestrator runs it (empty for version 1, which did not say).
/// </summary>
public sealed record CaseStatus(Stage Stage, DateTimeOffset? Deadline, EscalationLevel EscalationLevel, int Generation, int CommandsThisGeneration)
{
    public string? Version { get; init; }

    public static CaseStatus From(CaseSchedule schedule, int generation, int commands)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return new(schedule.Stage, schedule.Deadline, schedule.EscalationLevel, generation, commands);
    }
}
