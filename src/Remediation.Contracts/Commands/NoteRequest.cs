using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Commands;

/// <summary>A note on the case's timeline, by any party of the case (also after closing).</summary>
public sealed record NoteRequest
{
    [StringLength(4000, MinimumLength = 1)]
    public required string Text { get; init; }
}
