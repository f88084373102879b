namespace Remediation.Domain.Evidence;

/// <summary>The result of storing an upload: the record (new, or the existing one for identical content), or too large.</summary>
public sealed record EvidenceUpload(EvidenceRecord? Record, bool Created, bool TooLarge);
