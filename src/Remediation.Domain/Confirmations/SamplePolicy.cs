namespace Remediation.Domain.Confirmations;

/// <summary>
/// How large a verification sample is and when its disputes call for every worker's confirmation (configuration section
/// <c>Remediation:Sample</c>): the larger of <see cref="Share"/> of the workers and <see cref="Minimum"/>, capped at all of
/// them, at least one per stratum; more than <see cref="DisputeRate"/> of the sampled answers disputing means full
/// verification.
/// </summary>
public sealed class SamplePolicy
{
    public const string SectionName = "Remediation:Sample";

    public decimal Share { get; set; } = 0.10m;

    public int Minimum { get; set; } = 30;

    public decimal DisputeRate { get; set; } = 0.05m;

    /// <summary>The sample size for <paramref name="workers"/> workers in <paramref name="strata"/> strata.</summary>
    public int SizeFor(int workers, int strata)
    {
        var wanted = Math.Max((int)Math.Ceiling(workers * Share), Minimum);
        return Math.Min(workers, Math.Max(wanted, strata));
    }

    /// <summary>Whether the sample's disputes pass the policy's rate: then every worker must confirm before closing as remediated.</summary>
    public bool RequiresFullVerification(int sampled, int disputed) => sampled > 0 && disputed > sampled * DisputeRate;

    public IEnumerable<string> Problems()
    {
        if (Share is <= 0m or > 1m)
        {
            yield return $"{SectionName}:Share must be more than 0 and at most 1 (got {Share}).";
        }

        if (Minimum < 1)
        {
            yield return $"{SectionName}:Minimum must be at least 1 (got {Minimum}).";
        }

        if (DisputeRate is < 0m or > 1m)
        {
            yield return $"{SectionName}:DisputeRate must be from 0 to 1 (got {DisputeRate}).";
        }
    }
}
