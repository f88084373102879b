namespace Remediation.Workflows.Commands.Triage;

/// <summary>Triage: accept (supplier, contracts, priority) or reject (reason).</summary>
public sealed record TriagePayload(
    bool Accept, string? SupplierId = null, IReadOnlyList<string>? Contracts = null, string? Priority = null, string? Reason = null);
