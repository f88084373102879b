using Remediation.Domain.Cases;

namespace Remediation.Workflows.Commands.Triage;

/// <summary>A checked triage: accepted (for a registered supplier, with its contracts and priority) or rejected with a reason.</summary>
public sealed record TriageDecision(bool Accept, string? Reason, string? SupplierId, IReadOnlyList<string> Contracts, Priority Priority);
