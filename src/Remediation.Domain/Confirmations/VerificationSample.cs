using System.Security.Cryptography;
using System.Text;
using Remediation.Domain.Ledger;

namespace Remediation.Domain.Confirmations;

/// <summary>
/// The workers asked to confirm their reimbursement themselves, drawn by a stated rule so that anyone entitled can draw
/// it again from its seed and check (<see cref="Method"/>): workers are grouped into strata by nationality, fee recipient
/// (who received the worker's largest fee) and employment status; each stratum gets its share of the sample in
/// proportion to its size, at least one worker, the remainders going to the largest fractions (ties: the stratum's key
/// in ordinal order); within a stratum the workers with the lowest SHA-256 of <c>seed + ":" + reference</c> (as lower-case
/// hex, compared ordinally) are drawn. Drawn when a case enters Verification, never before, so the supplier cannot know
/// whom to pay first.
/// </summary>
public sealed record VerificationSample(string Seed, IReadOnlyList<SampleStratum> Strata)
{
    public const string Method = "stratified-proportional-sha256-v1";

    /// <summary>Every sampled worker's reference, stratum by stratum.</summary>
    public IEnumerable<string> Workers => Strata.SelectMany(s => s.Sampled);

    public int Size => Strata.Sum(s => s.Sampled.Count);

    /// <summary>A new seed: 128 random bits as hex.</summary>
    public static string NewSeed() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static VerificationSample Draw(IEnumerable<LedgerLine> lines, string seed, SamplePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentException.ThrowIfNullOrEmpty(seed);
        ArgumentNullException.ThrowIfNull(policy);
        var strata = lines.GroupBy(StratumOf)
            .Select(g => (Key: g.Key, Workers: g.Select(l => l.WorkerRef).ToList()))
            .OrderBy(s => s.Key.ToString(), StringComparer.Ordinal)
            .ToList();
        var total = strata.Sum(s => s.Workers.Count);
        var size = policy.SizeFor(total, strata.Count);
        var allocation = Allocate([.. strata.Select(s => s.Workers.Count)], size);
        return new VerificationSample(
            seed,
            [.. strata.Select((s, i) => new SampleStratum(
                s.Key,
                s.Workers.Count,
                [.. s.Workers.OrderBy(w => Score(seed, w), StringComparer.Ordinal).ThenBy(w => w, StringComparer.Ordinal).Take(allocation[i])]))]);
    }

    /// <summary>The stratum of a worker: nationality, who received their largest fee ("unknown" if not said), employment.</summary>
    public static StratumKey StratumOf(LedgerLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var recipient = line.Fees.OrderByDescending(f => f.Amount.Amount).Select(f => f.PaidTo).FirstOrDefault();
        return new StratumKey(
            line.Nationality.Code,
            string.IsNullOrWhiteSpace(recipient) ? "unknown" : recipient.Trim().ToLowerInvariant(),
            line.EmploymentStatus);
    }

    private static string Score(string seed, string workerRef) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed + ":" + workerRef)));

    /// <summary>Largest-remainder proportional allocation of <paramref name="size"/> (at most the workers), at least one per stratum.</summary>
    private static int[] Allocate(int[] sizes, int size)
    {
        var total = sizes.Sum();
        var allocation = sizes.Select(n => Math.Min(n, 1)).ToArray();
        if (total == 0)
        {
            return allocation;
        }

        var quotas = sizes.Select(n => (decimal)size * n / total).ToArray();
        var rest = size - allocation.Sum();
        for (var i = 0; i < sizes.Length && rest > 0; i++)
        {
            var more = Math.Min(rest, Math.Clamp((int)Math.Floor(quotas[i]) - allocation[i], 0, sizes[i] - allocation[i]));
            allocation[i] += more;
            rest -= more;
        }

        // What is left goes one by one to the largest remainders, passing over strata already whole.
        var byRemainder = Enumerable.Range(0, sizes.Length).OrderByDescending(i => quotas[i] - Math.Floor(quotas[i])).ThenBy(i => i).ToList();
        while (rest > 0 && allocation.Sum() < total)
        {
            foreach (var i in byRemainder.Where(i => allocation[i] < sizes[i]))
            {
                if (rest == 0)
                {
                    break;
                }

                allocation[i]++;
                rest--;
            }
        }

        return allocation;
    }
}

/// <summary>A stratum's key: nationality (ISO 3166 alpha-2), fee recipient, employment status.</summary>
public sealed record StratumKey(string Nationality, string FeeRecipient, EmploymentStatus Employment)
{
    public override string ToString() => $"{Nationality}|{FeeRecipient}|{Employment}";
}

/// <summary>One stratum of a sample: its key, how many workers it holds, and those drawn.</summary>
public sealed record SampleStratum(StratumKey Key, int Workers, IReadOnlyList<string> Sampled);
