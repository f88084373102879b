namespace Remediation.Domain.Cases;

/// <summary>High priority (wire name <c>priority</c>) is for forced-labour indicators and retaliation: shorter deadlines.</summary>
public enum Priority
{
    Standard,
    High,
}
