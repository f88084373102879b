namespace Remediation.Domain.Intake;

/// <summary>Limits of one intake or batch request; larger cases arrive in several batches.</summary>
public static class IntakeLimits
{
    public const int MaxWorkersPerRequest = 5000;
    public const int MaxFeesPerWorker = 20;
    public const int MaxSummaryLength = 4000;
    public const int MaxNameLength = 200;
    public const int MaxIndicators = 11;

    /// <summary>A sanity bound on any single amount, far above any real fee, that keeps totals of millions of lines exact.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    public static readonly DateOnly EarliestDate = new(1990, 1, 1);
}
