namespace Remediation.Domain.Deadlines;

/// <summary>Policy days allowed for one stage, for priority cases (forced-labour indicators) and for standard ones.</summary>
public sealed class StageDeadline
{
    public StageDeadline()
    {
    }

    public StageDeadline(int priorityDays, int standardDays)
    {
        PriorityDays = priorityDays;
        StandardDays = standardDays;
    }

    public int PriorityDays { get; set; }

    public int StandardDays { get; set; }
}
