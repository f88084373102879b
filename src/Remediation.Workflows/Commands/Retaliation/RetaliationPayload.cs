namespace Remediation.Workflows.Commands.Retaliation;

/// <summary>A report of retaliation against workers who spoke to monitors. No names or contact details.</summary>
public sealed record RetaliationPayload(string? Description);
