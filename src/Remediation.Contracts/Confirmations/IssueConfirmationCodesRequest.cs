using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Confirmations;

/// <summary>
/// POST /cases/{caseId}/confirmation-codes: codes for the named workers, or (<see cref="Sample"/>) for the
/// verification sample; exactly one of the two.
/// </summary>
public sealed record IssueConfirmationCodesRequest
{
    /// <summary>Worker references of the case, each at most once.</summary>
    [MaxLength(5000)]
    public IReadOnlyList<string>? Workers { get; init; }

    /// <summary>true: every worker of the verification sample (drawn when the case entered Verification).</summary>
    public bool? Sample { get; init; }

    /// <summary>The last day the codes work; default 90 days from today, at most 366. Codes also stop when the case closes.</summary>
    public DateOnly? ExpiresOn { get; init; }

    /// <summary>
    /// The language of the slips and of the worker page for these codes (en, my, ne, bn, th, ms, km, vi, id); default: each
    /// worker's from their nationality, else English.
    /// </summary>
    public string? Language { get; init; }
}
