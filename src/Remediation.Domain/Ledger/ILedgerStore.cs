using Remediation.Domain.Paging;

namespace Remediation.Domain.Ledger;

/// <summary>
/// One case's ledger: a line per worker and the running summary beside them. Every write is idempotent (new lines
/// by command id, changes by the ids of payments and receipts), so a retried activity never counts money twice.
/// Writes of one case are meant to come one at a time (the case's orchestration serialises them); a concurrent
/// writer is detected, never silently lost.
/// </summary>
public interface ILedgerStore
{
    /// <summary>Adds new lines; a reference already in the case refuses the whole batch.</summary>
    Task<LedgerWrite> AddLinesAsync(string caseId, string commandId, IReadOnlyList<LedgerLine> lines, CancellationToken cancellationToken = default);

    /// <summary>What <see cref="AddLinesAsync"/> would do, without writing anything.</summary>
    Task<LedgerWrite> PreviewAddLinesAsync(string caseId, IReadOnlyList<LedgerLine> lines, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies <paramref name="change"/> to the lines of the given workers. If any line (or an unknown reference)
    /// refuses, nothing is written and every refusal is returned. Each change must be idempotent, as the
    /// domain's are: it may be applied again to a line it already changed.
    /// </summary>
    Task<LedgerWrite> ChangeLinesAsync(
        string caseId,
        IReadOnlyDictionary<string, Func<LedgerLine, (LedgerLine Line, LedgerChange Change)>> change,
        CancellationToken cancellationToken = default);

    /// <summary>What <see cref="ChangeLinesAsync"/> would do (the summary after it, or every refusal), without writing anything.</summary>
    Task<LedgerWrite> PreviewChangeLinesAsync(
        string caseId,
        IReadOnlyDictionary<string, Func<LedgerLine, (LedgerLine Line, LedgerChange Change)>> change,
        CancellationToken cancellationToken = default);

    Task<LedgerSummary> GetSummaryAsync(string caseId, CancellationToken cancellationToken = default);

    Task<LedgerLine?> GetLineAsync(string caseId, string workerRef, CancellationToken cancellationToken = default);

    /// <summary>The lines of the given workers that the case has (an unknown reference is left out).</summary>
    Task<IReadOnlyDictionary<string, LedgerLine>> GetLinesAsync(
        string caseId, IReadOnlyList<string> workerRefs, CancellationToken cancellationToken = default);

    /// <summary>Lines in worker-reference order. Throws <see cref="InvalidContinuationTokenException"/> for a foreign token.</summary>
    Task<Paged<LedgerLine>> GetLinesAsync(string caseId, PageRequest page, CancellationToken cancellationToken = default);
}
