namespace Remediation.Workflows.Commands.Retaliation;

/// <summary>
/// A report of retaliation against workers who spoke to monitors. No names or contact details. The evidence it cites
/// becomes partner-only.
/// </summary>
public sealed record RetaliationPayload(string? Description, IReadOnlyList<string>? EvidenceIds = null);
