namespace Remediation.Contracts.Cases;

/// <summary>The answer to POST /cases.</summary>
public sealed record CaseCreated
{
    public required string CaseId { get; init; }

    /// <summary>True when this partner reference was already used with the same body: nothing new was created.</summary>
    public bool? Replayed { get; init; }
}
