using Remediation.Domain.Parties;

namespace Remediation.Domain.Evidence;

/// <summary>A stored evidence file: its SHA-256 (which names it), detected type, size, and who uploaded it when.</summary>
public sealed record EvidenceRecord(
    string CaseId,
    string EvidenceId,
    string Sha256,
    string ContentType,
    long Size,
    Role UploadedByRole,
    string? UploadedByParty,
    DateTimeOffset UploadedAt,
    string BlobName);
