using Remediation.Domain.Parties;

namespace Remediation.Domain.Evidence;

/// <summary>Evidence files of a case, private, named by content: the same file uploaded twice is one piece of evidence.</summary>
public interface IEvidenceStore
{
    /// <summary>
    /// Streams <paramref name="content"/> into storage, hashing it on the way, never holding it in memory. Beyond
    /// <paramref name="maxBytes"/> the partial upload is removed and <see cref="EvidenceUpload.TooLarge"/> returned.
    /// </summary>
    Task<EvidenceUpload> StoreAsync(string caseId, Stream content, string contentType, Actor uploader, DateTimeOffset now, long maxBytes, CancellationToken cancellationToken = default);

    Task<EvidenceRecord?> GetAsync(string caseId, string evidenceId, CancellationToken cancellationToken = default);

    Task<Stream> OpenAsync(EvidenceRecord record, CancellationToken cancellationToken = default);

    /// <summary>A case's evidence, a page at a time (in id order).</summary>
    Task<Paging.Paged<EvidenceRecord>> ListAsync(string caseId, Paging.PageRequest page, CancellationToken cancellationToken = default);
}
