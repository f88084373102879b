using Remediation.Domain.Paging;

namespace Remediation.Domain.Timeline;

/// <summary>
/// Each case's append-only, hash-chained timeline. Nothing updates or deletes an entry; each append also records the
/// new head as an append-only checkpoint.
/// </summary>
public interface ITimelineStore
{
    /// <summary>
    /// Appends the records in order, atomically. <paramref name="idempotencyKey"/> makes it safe to retry: a key
    /// already used appends nothing and returns false.
    /// </summary>
    Task<bool> AppendAsync(
        string caseId, string idempotencyKey, IReadOnlyList<TimelineRecord> records, CancellationToken cancellationToken = default);

    Task<Paged<TimelineEntry>> GetAsync(string caseId, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Walks the whole chain of a case against its keys and checkpoints and reports the first broken link.</summary>
    Task<TimelineVerification> VerifyAsync(string caseId, CancellationToken cancellationToken = default);
}
