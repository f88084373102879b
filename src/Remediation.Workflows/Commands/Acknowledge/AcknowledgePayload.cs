namespace Remediation.Workflows.Commands.Acknowledge;

/// <summary>Acknowledging carries nothing beyond who acknowledged.</summary>
public sealed record AcknowledgePayload;
