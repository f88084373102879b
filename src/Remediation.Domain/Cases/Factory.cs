using Remediation.Domain.Geography;

namespace Remediation.Domain.Cases;

/// <summary>The workplace where the fees were found.</summary>
public sealed record Factory(string Name, Country Country, string? Site);
