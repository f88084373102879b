using System.Text.Json.Serialization;

namespace Remediation.Contracts.PublicReports;

/// <summary>
/// A public transparency report: what GET /public/reports/{id} serves once released (and caseworkers read as a draft).
/// Every figure resting on fewer than 10 workers or 3 cases is withheld, with the reason (docs/public-reports.md).
/// </summary>
public sealed record PublicReportView
{
    public required string Id { get; init; }

    public required PublicReportStatus Status { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    public required DateTimeOffset PreparedAt { get; init; }

    public DateTimeOffset? ReleasedAt { get; init; }

    /// <summary>Where the public reads it once released.</summary>
    public required string PublicUrl { get; init; }

    /// <summary>The small-cell rule as applied: "At least 10 workers and 3 cases behind every figure".</summary>
    public required string SuppressionRule { get; init; }

    public required PublicFigureSet Overall { get; init; }

    public required IReadOnlyList<PublicSupplierFigures> Suppliers { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<PublicReportStatus>))]
public enum PublicReportStatus
{
    [JsonStringEnumMemberName("draft")]
    Draft,

    [JsonStringEnumMemberName("released")]
    Released,
}

/// <summary>The figures of one group of cases; each one published or withheld.</summary>
public sealed record PublicFigureSet
{
    public required IReadOnlyList<PublicFigure> Figures { get; init; }
}

/// <summary>A figure: its value when published, or why it is withheld.</summary>
public sealed record PublicFigure
{
    public required string Name { get; init; }

    public required string Label { get; init; }

    /// <summary>The value as text (amounts with their currency); absent when withheld.</summary>
    public string? Value { get; init; }

    /// <summary>Why the value is withheld (the small-cell rule, or to protect another withheld figure).</summary>
    public string? Withheld { get; init; }
}

public sealed record PublicSupplierFigures
{
    public required string SupplierId { get; init; }

    public required string Name { get; init; }

    /// <summary>Factories named: those with no open case, and those the caseworker chose to name.</summary>
    public required IReadOnlyList<string> Factories { get; init; }

    /// <summary>How many factories are not named because a case about them is open.</summary>
    public required int FactoriesNotNamed { get; init; }

    public required PublicFigureSet Figures { get; init; }
}
