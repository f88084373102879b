using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Commands;

/// <summary>The caseworker closes the case: remediated (coverage met), or unremediated / withdrawn with a reason.</summary>
public sealed record CloseRequest
{
    public required CloseOutcome Outcome { get; init; }

    [StringLength(2000)]
    public string? Reason { get; init; }
}
