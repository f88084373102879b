namespace Remediation.Contracts.Cases;

public sealed record FactoryView
{
    public required string Name { get; init; }

    public required string Country { get; init; }

    public string? Site { get; init; }
}
