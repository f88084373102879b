namespace Remediation.Contracts.Evidence;

/// <summary>A stored piece of evidence: cite <see cref="EvidenceId"/> in findings, payments, receipts and retaliation reports.</summary>
public sealed record EvidenceView
{
    public required string EvidenceId { get; init; }

    /// <summary>SHA-256 of the content, lowercase hex; also the X-Content-SHA256 header of the download.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Detected from the content: application/pdf, image/png, image/jpeg, text/csv or the XLSX type.</summary>
    public required string ContentType { get; init; }

    public required long Size { get; init; }

    public required DateTimeOffset UploadedAt { get; init; }

    /// <summary>Who may see the file: every party of the case, or the partner and caseworkers only.</summary>
    public required EvidenceVisibility Visibility { get; init; }
}
