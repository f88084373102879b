using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Cases;

/// <summary>The factory's workforce as the partner reports it (PPN 009: workforce), on a day.</summary>
public sealed record WorkforceRequest
{
    [Range(1, 1_000_000)]
    public required int Total { get; init; }

    /// <summary>Migrant workers among them; at most <see cref="Total"/>.</summary>
    [Range(0, 1_000_000)]
    public required int Migrants { get; init; }

    /// <summary>The day the figures describe, yyyy-MM-dd; not in the future.</summary>
    public required DateOnly AsOf { get; init; }
}
