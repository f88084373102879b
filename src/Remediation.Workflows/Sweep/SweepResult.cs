namespace Remediation.Workflows.Sweep;

/// <summary>What one sweep found and did.</summary>
public sealed record SweepResult(
    int OverdueCases, int EscalationsRaised, int OrchestrationsRestarted, IReadOnlyList<string> OverdueCaseIds, int ReportFactsRepaired = 0);
