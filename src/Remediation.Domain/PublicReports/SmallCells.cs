namespace Remediation.Domain.PublicReports;

/// <summary>
/// The small-cell rule of public reports: a figure is published only when it rests on at least
/// <see cref="MinWorkers"/> workers and <see cref="MinCases"/> cases; otherwise it is suppressed, so that no published
/// number can be traced back to a worker or to one case. Written once here; every public figure goes through it.
/// </summary>
public static class SmallCells
{
    public const int MinWorkers = 10;
    public const int MinCases = 3;

    public static bool MayPublish(int workers, int cases) => workers >= MinWorkers && cases >= MinCases;

    /// <summary>The figure as it may be published: its value, or suppressed with the reason a reader is told.</summary>
    public static PublicFigure<T> Figure<T>(T value, int workers, int cases) =>
        MayPublish(workers, cases)
            ? new PublicFigure<T>(value, null)
            : new PublicFigure<T>(default, $"It would rest on fewer than {MinWorkers} workers or {MinCases} cases.");
}

/// <summary>A published figure, or its suppression (<see cref="Value"/> is then absent).</summary>
public sealed record PublicFigure<T>(T? Value, string? Suppressed)
{
    public bool IsSuppressed => Suppressed is not null;
}
