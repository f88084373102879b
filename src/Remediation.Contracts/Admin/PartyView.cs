namespace Remediation.Contracts.Admin;

public sealed record PartyView
{
    public required PartyKind Kind { get; init; }

    public required string Id { get; init; }

    public required string Name { get; init; }
}
