namespace Remediation.Workflows.Commands.Close;

/// <summary>The caseworker closes the case: <c>remediated</c>, <c>unremediated</c> or <c>withdrawn</c> (the last two with a reason).</summary>
public sealed record ClosePayload(string? Outcome, string? Reason = null);
