using Remediation.Domain.Parties;

namespace Remediation.Domain.Evidence;

/// <summary>
/// A stored evidence file: its SHA-256 (which names it), detected type, size, who uploaded it when, and whether it is
/// for the partner and caseworkers only (<see cref="PartnerOnly"/>: marked so at upload, or because it supports a
/// retaliation report).
/// </summary>
public sealed record EvidenceRecord(
    string CaseId,
    string EvidenceId,
    string Sha256,
    string ContentType,
    long Size,
    Role UploadedByRole,
    string? UploadedByParty,
    DateTimeOffset UploadedAt,
    string BlobName,
    bool PartnerOnly = false)
{
    /// <summary>
    /// Whether <paramref name="reader"/>, a party who may see the case, may see this file: partner-only evidence is never
    /// listed or served to the supplier (it could tell the employer who spoke up).
    /// </summary>
    public bool IsVisibleTo(Role reader) => !(PartnerOnly && reader == Role.Supplier);
}
