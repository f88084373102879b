namespace Remediation.Domain.Notifications;

/// <summary>
/// How long and how often a failed delivery is tried again: exponential from <see cref="FirstDelay"/>, capped at
/// <see cref="MaxDelay"/>, with jitter so that a recovering endpoint is not hit by every delivery at once; given
/// up when <see cref="Window"/> has passed since the first attempt (or a manual retry).
/// Bound from <c>Remediation:Notifications:Retry</c>.
/// </summary>
public sealed class RetryPolicy
{
    public const string SectionName = "Remediation:Notifications:Retry";

    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan Window { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The delay before attempt <paramref name="attemptsSoFar"/> + 1; <paramref name="unit"/> in [0, 1) picks the jitter.</summary>
    public TimeSpan DelayAfter(int attemptsSoFar, double unit)
    {
        var exponent = Math.Clamp(attemptsSoFar - 1, 0, 30);
        var full = Math.Min(FirstDelay.Ticks * Math.Pow(2, exponent), MaxDelay.Ticks);
        // Equal jitter: half fixed, half random, so the delay still grows and never collapses to zero.
        return TimeSpan.FromTicks((long)((full / 2) + (full / 2 * Math.Clamp(unit, 0, 1))));
    }

    /// <summary>True when no attempt after <paramref name="now"/> + delay is allowed any more.</summary>
    public bool GivesUp(DateTimeOffset retryFrom, DateTimeOffset nextAttempt) => nextAttempt - retryFrom > Window;

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (FirstDelay <= TimeSpan.Zero || MaxDelay < FirstDelay)
        {
            problems.Add($"{SectionName}: FirstDelay must be positive and at most MaxDelay.");
        }

        if (Window <= TimeSpan.Zero)
        {
            problems.Add($"{SectionName}: Window must be positive.");
        }

        return problems;
    }
}
