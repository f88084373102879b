namespace Remediation.Contracts.Commands;

/// <summary>The supplier acknowledges the case. The body may be empty or <c>{}</c>.</summary>
public sealed record AcknowledgeRequest;
