namespace Remediation.Workflows.Commands.FindingsDecision;

/// <summary>The caseworker accepts the findings, or returns them with a reason.</summary>
public sealed record FindingsDecisionPayload(bool Accept, string? Reason = null);
