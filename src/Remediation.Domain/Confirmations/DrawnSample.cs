namespace Remediation.Domain.Confirmations;

/// <summary>
/// A case's verification sample as drawn: the sample, the policy it was drawn under (kept, so a later change of policy
/// does not change what this case needs), how many workers it was drawn from, and when.
/// </summary>
public sealed record DrawnSample(string CaseId, VerificationSample Sample, SamplePolicy Policy, int Population, DateTimeOffset DrawnAt)
{
    /// <summary>Whether the disputes raised in the sample pass the policy's rate: then every worker must confirm.</summary>
    public bool RequiresFullVerification(SampleProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return Policy.RequiresFullVerification(progress.Sampled, progress.DisputesRaised);
    }

    /// <summary>What the timeline says of the draw: enough to draw it again and check (withheld from the supplier until closing).</summary>
    public string Describe() =>
        $"Verification sample drawn: {Sample.Size} of {Population} workers owed, in {Sample.Strata.Count} strata " +
        $"(nationality, fee recipient, employment status), method {VerificationSample.Method}, seed {Sample.Seed}, " +
        $"policy share {Policy.Share:0.##}, minimum {Policy.Minimum}, dispute rate {Policy.DisputeRate:0.##}.";
}
