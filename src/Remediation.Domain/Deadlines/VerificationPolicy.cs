namespace Remediation.Domain.Deadlines;

/// <summary>
/// When enough workers have confirmed receipt to close a case as remediated: every worker owed, or a sample of at
/// least <see cref="MinimumSampleShare"/> of them with no open dispute.
/// </summary>
public sealed class VerificationPolicy
{
    public const string SectionName = "Remediation:Verification";

    public decimal MinimumSampleShare { get; set; } = 0.10m;

    public bool IsMet(int workersOwed, int workersVerified, int workersDisputed)
    {
        if (workersOwed <= 0 || workersDisputed > 0)
        {
            return false;
        }

        return workersVerified >= workersOwed || workersVerified >= Math.Ceiling(workersOwed * MinimumSampleShare);
    }
}
