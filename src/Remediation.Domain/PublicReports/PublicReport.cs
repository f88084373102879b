using Remediation.Domain.Parties;

namespace Remediation.Domain.PublicReports;

/// <summary>
/// A transparency report for a period, prepared by a caseworker and frozen then; under embargo (served to nobody
/// outside) until a caseworker releases it. Holds counts, sums per currency and medians only, each already through
/// the small-cell rule: no worker, no partner, no case is named in it.
/// </summary>
public sealed record PublicReport(
    string Id,
    DateOnly From,
    DateOnly To,
    DateTimeOffset PreparedAt,
    ActedBy? PreparedBy,
    IReadOnlyList<ReportFigure> Overall,
    IReadOnlyList<SupplierSection> Suppliers,
    IReadOnlyList<string> ChosenFactories)
{
    public DateTimeOffset? ReleasedAt { get; init; }

    public ActedBy? ReleasedBy { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsReleased => ReleasedAt is not null;

    public const int MaxSuppliers = 50;
    public const int MaxChosenFactories = 100;
    public const int MaxDays = 3 * 366;
}

/// <summary>One figure: its value as published, or why it is withheld.</summary>
public sealed record ReportFigure(string Name, string Label, string? Value, string? Withheld);

/// <summary>A factory as a public report names it: only when no case about it is open, or the caseworker chose to.</summary>
public sealed record NamedFactory(string Key, string Name, string Country);

public sealed record SupplierSection(
    string SupplierId, string Name, IReadOnlyList<NamedFactory> Factories, int FactoriesNotNamed, IReadOnlyList<ReportFigure> Figures);
