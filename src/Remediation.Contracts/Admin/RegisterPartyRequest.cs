using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Admin;

/// <summary>POST /admin/parties: a monitoring partner or a supplier.</summary>
public sealed record RegisterPartyRequest
{
    public required PartyKind Kind { get; init; }

    [RegularExpression(FieldPatterns.Code)]
    public required string Id { get; init; }

    [StringLength(200, MinimumLength = 1)]
    public required string Name { get; init; }
}
