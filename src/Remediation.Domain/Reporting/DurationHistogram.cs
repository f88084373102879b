namespace Remediation.Domain.Reporting;

/// <summary>
/// Durations counted in buckets 1 % wide (bucket b holds e^(b·ln 1.01) - 1 seconds), so that a median over any
/// number of cases is kept in a few kilobytes and can be added to and taken from. A median read from it is the
/// middle of its bucket: within 0.5 % of the exact one (docs/decisions.md).
/// </summary>
public sealed class DurationHistogram
{
    private static readonly double Step = Math.Log(1.01);

    public SortedDictionary<int, int> Buckets { get; init; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public int Count => Buckets.Values.Sum();

    public void Apply(TimeSpan duration, int sign)
    {
        var bucket = Bucket(duration);
        var count = Buckets.GetValueOrDefault(bucket) + sign;
        if (count == 0)
        {
            Buckets.Remove(bucket);
        }
        else
        {
            Buckets[bucket] = count;
        }
    }

    /// <summary>The median in days, 2 decimals; null when nothing was counted.</summary>
    public decimal? MedianDays()
    {
        var count = Count;
        if (count <= 0)
        {
            return null;
        }

        // The lower median for an even count: both middles are in one bucket, or next to each other, nearly always.
        var rank = (count + 1) / 2;
        var seen = 0;
        foreach (var (bucket, n) in Buckets)
        {
            seen += n;
            if (seen >= rank)
            {
                var seconds = (Math.Exp(bucket * Step) + Math.Exp((bucket + 1) * Step)) / 2 - 1;
                return Math.Round((decimal)seconds / 86_400m, 2);
            }
        }

        return null;
    }

    private static int Bucket(TimeSpan duration) =>
        duration <= TimeSpan.Zero ? 0 : (int)Math.Floor(Math.Log(duration.TotalSeconds + 1) / Step);
}
