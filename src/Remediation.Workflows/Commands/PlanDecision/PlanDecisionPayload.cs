namespace Remediation.Workflows.Commands.PlanDecision;

/// <summary>The caseworker approves the plan (with a justification when it is long) or rejects it with a reason.</summary>
public sealed record PlanDecisionPayload(bool Approve, string? Reason = null, string? Justification = null);
