using Microsoft.Extensions.Options;
using Remediation.Domain.Confirmations;
using Remediation.Domain.Ledger;
using Remediation.Domain.Paging;

namespace Remediation.Workflows.Verification;

/// <summary>
/// Draws a case's verification sample from its ledger when the case enters Verification (never before: the supplier
/// must not know whom to pay first), and reads how far it has got from the sampled workers' lines.
/// </summary>
public sealed class VerificationSamples(ILedgerStore ledger, IVerificationSampleStore samples, IOptions<SamplePolicy> policy)
{
    public Task<DrawnSample?> GetAsync(string caseId, CancellationToken cancellationToken) => samples.GetAsync(caseId, cancellationToken);

    /// <summary>
    /// The case's sample, drawn now from the workers owed if it has none. <c>DrawnNow</c> is true when the sample is the
    /// one drawn at <paramref name="now"/> (the command's own time, so a retried command says so again, and a case that
    /// comes back to Verification keeps its first sample).
    /// </summary>
    public async Task<(DrawnSample Sample, bool DrawnNow)> DrawAsync(string caseId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await samples.GetAsync(caseId, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return (existing, existing.DrawnAt == now);
        }

        var owed = new List<LedgerLine>();
        var page = PageRequest.First with { Size = PageRequest.MaxSize };
        while (true)
        {
            var lines = await ledger.GetLinesAsync(caseId, page, cancellationToken).ConfigureAwait(false);
            owed.AddRange(lines.Items.Where(IsOwed));
            if (lines.ContinuationToken is not { } next)
            {
                break;
            }

            page = page with { ContinuationToken = next };
        }

        var drawn = VerificationSample.Draw(owed, VerificationSample.NewSeed(), policy.Value);
        var stored = await samples.AddAsync(
            new DrawnSample(caseId, drawn, Copy(policy.Value), owed.Count, now), cancellationToken).ConfigureAwait(false);
        return (stored, stored.DrawnAt == now);
    }

    /// <summary>Where the sampled workers stand, from their ledger lines.</summary>
    public async Task<SampleProgress> ProgressAsync(DrawnSample sample, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var lines = await ledger.GetLinesAsync(sample.CaseId, [.. sample.Sample.Workers], cancellationToken).ConfigureAwait(false);
        return SampleProgress.Of(sample.Sample, lines);
    }

    private static bool IsOwed(LedgerLine line) => line.Status is not (LedgerLineStatus.AwaitingFindings or LedgerLineStatus.NothingOwed);

    private static SamplePolicy Copy(SamplePolicy p) => new() { Share = p.Share, Minimum = p.Minimum, DisputeRate = p.DisputeRate };
}
