namespace Remediation.Workflows.Commands.Escalate;

/// <summary>The clock's escalation carries nothing: the case's deadline and the command's time decide the level.</summary>
public sealed record EscalatePayload;
