using Remediation.Contracts.Problems;

namespace Remediation.Contracts.Commands;

/// <summary>What became of a command: GET /cases/{caseId}/commands/{commandId} (the Location of its 202).</summary>
public sealed record CommandStatus
{
    public required string CaseId { get; init; }

    /// <summary>The command's Idempotency-Key, or the id the API gave it.</summary>
    public required string CommandId { get; init; }

    /// <summary>The route's operation: Triage, SubmitFindings, RecordPayments, ...</summary>
    public required string Command { get; init; }

    public required CommandState Status { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>The person, machine client or key that gave the command.</summary>
    public Session.ActedByView? ActedBy { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Refused commands: the refusal as problem details, with the status and text the immediate check would have given.</summary>
    public ProblemDetails? Problem { get; init; }
}
