namespace Remediation.Domain.Confirmations;

/// <summary>
/// A confirmation code as stored: its keyed hash (never the code), whose it is, and its state. A code stops working when
/// it expires, when a newer batch replaces it, when its case closes, and (for its money question) once answered.
/// </summary>
public sealed record IssuedCode(
    string CodeHash,
    string CaseId,
    string WorkerRef,
    string BatchId,
    DateTimeOffset IssuedAt,
    DateOnly ExpiresOn,
    string? Language,
    DateTimeOffset? AnsweredAt = null,
    DateTimeOffset? PressureReportedAt = null)
{
    /// <summary>How long a code lasts when the partner does not say.</summary>
    public const int DefaultDays = 90;

    /// <summary>The longest a partner may make a code last.</summary>
    public const int MaxDays = 366;

    public bool IsExpired(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime) > ExpiresOn;
}
