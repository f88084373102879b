using Remediation.Domain.Geography;

namespace Remediation.Domain.Cases;

/// <summary>The workplace where the fees were found.</summary>
public sealed record Factory(string Name, Country Country, string? Site)
{
    /// <summary>The sector as the partner reported it (PPN 009: industry), if it did.</summary>
    public Sector? Sector { get; init; }

    /// <summary>The workforce as the partner reported it (PPN 009: workforce), if it did.</summary>
    public ReportedWorkforce? Workforce { get; init; }
}

public enum Sector
{
    ElectronicsAssembly,
    ElectronicComponents,
    Semiconductors,
    CablesWiring,
    PlasticsMetalParts,
    Other,
}

/// <summary>The factory's workers and how many of them are migrants, as a partner reported them on a day.</summary>
public sealed record ReportedWorkforce(int Total, int Migrants, DateOnly AsOf)
{
    public const int MaxTotal = 1_000_000;

    /// <summary>Migrants as a share of the workforce, in percent, one decimal.</summary>
    public decimal? MigrantPercent => Total == 0 ? null : Math.Round(100m * Migrants / Total, 1);
}
