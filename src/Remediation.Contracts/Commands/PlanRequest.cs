using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Commands;

/// <summary>The supplier's repayment plan: instalments whose amounts add up, per currency, to everything confirmed.</summary>
public sealed record PlanRequest
{
    [MinLength(1)]
    [MaxLength(60)]
    public required IReadOnlyList<InstalmentRequest> Instalments { get; init; }
}
