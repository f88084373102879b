namespace Remediation.Workflows.Handling;

/// <summary>What draining a case's inbox did: how many commands it handled, whether more wait, and the schedule after them.</summary>
public sealed record InboxOutcome(int Handled, bool More, CaseSchedule? Schedule)
{
    /// <summary>
    /// Whether the case's orchestration must hear of this drain: more commands wait, or one of them closed the case or
    /// brought its next wake-up forward. A drain the engine did not run itself wakes it only then.
    /// </summary>
    public bool NeedsEngine { get; init; }
}
