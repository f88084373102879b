using Microsoft.Extensions.Logging;
using Remediation.Domain.Cases;
using Remediation.Domain.Reporting;

namespace Remediation.Workflows.Sweep;

/// <summary>
/// Brings the report facts up to every case's revision: cases saved before the facts existed (an upgrade), and any
/// whose save stopped before its facts followed and whose command was never retried. Part of the daily sweep, and run
/// once when the standalone server starts. Reads every case: a daily job, never a request's.
/// </summary>
public sealed partial class ReportFactsRepair(ICaseStore cases, IReportFacts facts, ILogger<ReportFactsRepair> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var known = await facts.RevisionsAsync(cancellationToken).ConfigureAwait(false);
        var repaired = 0;
        await foreach (var @case in cases.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            // Read again before following: a command may have saved the case since the whole-table read.
            if ((!known.TryGetValue(@case.Id, out var revision) || revision < @case.Revision)
                && await cases.GetAsync(@case.Id, cancellationToken).ConfigureAwait(false) is { } fresh)
            {
                await cases.CatchUpAsync(fresh.Value, cancellationToken).ConfigureAwait(false);
                repaired++;
            }
        }

        if (repaired > 0)
        {
            LogRepaired(logger, repaired);
        }

        return repaired;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report facts caught up for {Count} cases")]
    private static partial void LogRepaired(ILogger logger, int count);
}
