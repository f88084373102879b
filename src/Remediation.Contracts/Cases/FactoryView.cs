namespace Remediation.Contracts.Cases;

public sealed record FactoryView
{
    public required string Name { get; init; }

    public required string Country { get; init; }

    public string? Site { get; init; }

    public FactorySector? Sector { get; init; }

    public WorkforceRequest? Workforce { get; init; }
}
