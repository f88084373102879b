namespace Remediation.Workflows.Handling;

/// <summary>What draining a case's inbox did: how many commands it handled, whether more wait, and the schedule after them.</summary>
public sealed record InboxOutcome(int Handled, bool More, CaseSchedule? Schedule);
