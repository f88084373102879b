namespace Remediation.Contracts.PublicReports;

/// <summary>POST /public-reports (caseworkers): a transparency report over the cases opened or closed in a period.</summary>
public sealed record PreparePublicReportRequest
{
    /// <summary>The first day of the period, yyyy-MM-dd.</summary>
    public required DateOnly From { get; init; }

    /// <summary>The last day of the period (inclusive), yyyy-MM-dd; at most 3 years after <see cref="From"/>.</summary>
    public required DateOnly To { get; init; }

    /// <summary>Suppliers to report by name (their figures still pass the small-cell rule). Absent: none.</summary>
    public IReadOnlyList<string>? Suppliers { get; init; }

    /// <summary>
    /// Factory keys (from GET /suppliers/{id}) the caseworker chooses to name although a case about them is still open.
    /// Factories without an open case are named without asking.
    /// </summary>
    public IReadOnlyList<string>? NameFactories { get; init; }
}
