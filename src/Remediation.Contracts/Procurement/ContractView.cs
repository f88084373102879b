using Remediation.Contracts.Session;

namespace Remediation.Contracts.Procurement;

/// <summary>A registered public contract.</summary>
public sealed record ContractView
{
    public required string Id { get; init; }

    public required string Buyer { get; init; }

    public string? Title { get; init; }

    public required string SupplierId { get; init; }

    public required ContractValueBand ValueBand { get; init; }

    public required string ValueCurrency { get; init; }

    public required DateOnly StartsOn { get; init; }

    public DateOnly? EndsOn { get; init; }

    public required DateTimeOffset RegisteredAt { get; init; }

    public ActedByView? RegisteredBy { get; init; }
}
