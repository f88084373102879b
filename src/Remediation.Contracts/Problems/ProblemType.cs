namespace Remediation.Contracts.Problems;

/// <summary>One problem type: its name (the last segment of <see cref="Uri"/>), status, title and what to do.</summary>
public sealed record ProblemType(string Name, int Status, string Title, string Description)
{
    public string Uri => ProblemTypes.Prefix + Name;
}
