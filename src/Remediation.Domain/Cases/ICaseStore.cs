namespace Remediation.Domain.Cases;

/// <summary>Cases by id, written with optimistic concurrency; keeps the list indexes in step.</summary>
public interface ICaseStore
{
    Task<Versioned<Case>?> GetAsync(string caseId, CancellationToken cancellationToken = default);

    /// <summary>Conflict when a case with that id exists already.</summary>
    Task<SaveResult> CreateAsync(Case @case, CancellationToken cancellationToken = default);

    /// <summary>Conflict when the stored case is no longer at <paramref name="expectedVersion"/>: nothing is written.</summary>
    Task<SaveResult> UpdateAsync(Case @case, string expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// Why <paramref name="case"/> could not be stored as it is (a limit of the storage service), or null: checked
    /// before a command is queued and again before it is applied, so a case is never left unable to save.
    /// </summary>
    string? WhyNotStorable(Case @case);

    /// <summary>
    /// Brings the list indexes and report facts up to the case's revision if a save stopped before they followed it
    /// (a command's retry finds its command already applied and calls this).
    /// </summary>
    Task CatchUpAsync(Case @case, CancellationToken cancellationToken = default);

    /// <summary>Every case, in pages; for rebuilding indexes and for repair, never for answering queries.</summary>
    IAsyncEnumerable<Case> ReadAllAsync(CancellationToken cancellationToken = default);
}
