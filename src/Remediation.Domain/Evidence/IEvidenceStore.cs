using Remediation.Domain.Parties;

namespace Remediation.Domain.Evidence;

/// <summary>Evidence files of a case, private, named by content: the same file uploaded twice is one piece of evidence.</summary>
public interface IEvidenceStore
{
    /// <summary>
    /// Streams <paramref name="content"/> into storage, hashing it on the way, never holding it in memory. Beyond
    /// <paramref name="maxBytes"/> the partial upload is removed and <see cref="EvidenceUpload.TooLarge"/> returned.
    /// </summary>
    Task<EvidenceUpload> StoreAsync(
        string caseId, Stream content, string contentType, Actor uploader, DateTimeOffset now, long maxBytes, bool partnerOnly = false,
        CancellationToken cancellationToken = default);

    Task<EvidenceRecord?> GetAsync(string caseId, string evidenceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The file, read again and checked against its recorded SHA-256 before a byte is served; null when the stored
    /// file no longer matches (changed or replaced in storage).
    /// </summary>
    Task<Stream?> OpenVerifiedAsync(EvidenceRecord record, CancellationToken cancellationToken = default);

    /// <summary>Marks files as for the partner and caseworkers only (evidence of retaliation); marking twice is harmless.</summary>
    Task RestrictAsync(string caseId, IEnumerable<string> evidenceIds, CancellationToken cancellationToken = default);

    /// <summary>A case's evidence, a page at a time (in id order).</summary>
    Task<Paging.Paged<EvidenceRecord>> ListAsync(string caseId, Paging.PageRequest page, CancellationToken cancellationToken = default);
}
