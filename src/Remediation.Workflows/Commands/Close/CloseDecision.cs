using Remediation.Domain.Cases;

namespace Remediation.Workflows.Commands.Close;

/// <summary>A checked closing: the outcome chosen and the reason given.</summary>
public sealed record CloseDecision(CaseOutcome Outcome, string? Reason);
