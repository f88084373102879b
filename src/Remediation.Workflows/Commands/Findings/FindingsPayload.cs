namespace Remediation.Workflows.Commands.Findings;

/// <summary>Findings for some or all workers: confirmed amounts per fee line, on the case's basis.</summary>
public sealed record FindingsPayload(
    string? Basis, string? RootCause, IReadOnlyList<WorkerFindingsPayload>? Workers, IReadOnlyList<string>? EvidenceIds = null);

public sealed record WorkerFindingsPayload(string? Ref, IReadOnlyList<ConfirmedFeePayload>? Confirmed);

public sealed record ConfirmedFeePayload(string? Category, decimal? Amount, string? Currency);
