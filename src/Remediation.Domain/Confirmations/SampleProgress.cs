using Remediation.Domain.Ledger;

namespace Remediation.Domain.Confirmations;

/// <summary>Where a sampled worker stands: confirmed receipt of everything, disputes a receipt now, or has not answered (yet).</summary>
public enum SampleState
{
    Pending,
    Confirmed,
    Disputed,
}

/// <summary>One stratum's progress: its workers, how many were sampled, and where the sampled ones stand.</summary>
public sealed record StratumProgress(StratumKey Key, int Workers, int Sampled, int Confirmed, int Disputed, int Pending);

/// <summary>
/// How far the verification sample has got, read from the sampled workers' ledger lines. <see cref="DisputesRaised"/>
/// counts sampled workers who ever disputed a receipt (a dispute later settled still counts): the rate that decides
/// whether every worker must confirm.
/// </summary>
public sealed record SampleProgress(IReadOnlyList<StratumProgress> Strata, int DisputesRaised, IReadOnlyDictionary<string, SampleState> States)
{
    public int Sampled => Strata.Sum(s => s.Sampled);

    public int Confirmed => Strata.Sum(s => s.Confirmed);

    public int Disputed => Strata.Sum(s => s.Disputed);

    public int Pending => Strata.Sum(s => s.Pending);

    /// <summary>Every sampled worker confirmed receipt of everything, and none disputes.</summary>
    public bool IsComplete => Sampled > 0 && Confirmed == Sampled;

    /// <summary>A sampled worker's state as the API names it: pending, confirmed or disputed.</summary>
    public string StateOf(string workerRef) => States.GetValueOrDefault(workerRef).ToString().ToLowerInvariant();

    public static SampleState StateOf(LedgerLine? line) => line?.Status switch
    {
        LedgerLineStatus.Verified or LedgerLineStatus.NothingOwed => SampleState.Confirmed,
        LedgerLineStatus.Disputed => SampleState.Disputed,
        _ => SampleState.Pending,
    };

    /// <summary>The progress of <paramref name="sample"/> given the sampled workers' lines (a missing line is pending).</summary>
    public static SampleProgress Of(VerificationSample sample, IReadOnlyDictionary<string, LedgerLine> lines)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(lines);
        var byWorker = sample.Workers.Distinct(StringComparer.Ordinal)
            .ToDictionary(w => w, w => StateOf(lines.GetValueOrDefault(w)), StringComparer.Ordinal);
        var strata = sample.Strata.Select(s =>
        {
            var states = s.Sampled.Select(w => byWorker[w]).ToList();
            return new StratumProgress(
                s.Key,
                s.Workers,
                s.Sampled.Count,
                states.Count(x => x == SampleState.Confirmed),
                states.Count(x => x == SampleState.Disputed),
                states.Count(x => x == SampleState.Pending));
        }).ToList();
        var raised = sample.Workers.Count(w => lines.GetValueOrDefault(w) is { } line && !line.Disputed.IsZero);
        return new SampleProgress(strata, raised, byWorker);
    }
}
