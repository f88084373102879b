using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Commands;

public sealed record InstalmentRequest
{
    /// <summary>1, 2, 3... in order.</summary>
    [Range(1, 60)]
    public required int Number { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    [MinLength(1)]
    public required IReadOnlyList<MoneyAmount> Amounts { get; init; }
}
