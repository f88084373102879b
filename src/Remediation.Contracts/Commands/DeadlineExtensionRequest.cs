using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Commands;

/// <summary>The caseworker moves the current deadline later, with a reason.</summary>
public sealed record DeadlineExtensionRequest
{
    public required DateTimeOffset NewDeadline { get; init; }

    [StringLength(2000, MinimumLength = 1)]
    public required string Reason { get; init; }
}
