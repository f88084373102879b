namespace Remediation.Domain.Cases;

/// <summary>A stage the case left and how long it stayed there: what the median days in each stage come from.</summary>
public sealed record StageStay(Stage Stage, TimeSpan Duration);
