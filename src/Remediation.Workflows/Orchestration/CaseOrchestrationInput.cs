using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Orchestration;

/// <summary>The input of each generation of a case's orchestration: which case, and its schedule as last known.</summary>
public sealed record CaseOrchestrationInput(string CaseId, CaseSchedule Schedule, int Generation = 1);
