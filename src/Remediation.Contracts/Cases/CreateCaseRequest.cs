using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Cases;

/// <summary>A grievance as a monitoring partner reports it: the factory, what was found and every worker with the fees they paid.</summary>
public sealed record CreateCaseRequest
{
    /// <summary>The partner's own reference for the case: unique per partner; sending the same body again returns the same case.</summary>
    [StringLength(100, MinimumLength = 1)]
    [RegularExpression(FieldPatterns.PartnerReference)]
    public required string PartnerReference { get; init; }

    public required FactoryRequest Factory { get; init; }

    /// <summary>The supplier (the public buyer's contractor) the grievance is against, if known; a caseworker confirms it at triage.</summary>
    [RegularExpression(FieldPatterns.Code)]
    public string? SupplierId { get; init; }

    /// <summary>What the partner found. No names, phone numbers, e-mail addresses or document numbers.</summary>
    [StringLength(4000, MinimumLength = 1)]
    public required string Summary { get; init; }

    /// <summary>Default <c>standard</c>.</summary>
    public Priority? Priority { get; init; }

    public IReadOnlyList<ForcedLabourIndicator>? Indicators { get; init; }

    /// <summary>1 to 5,000 workers; add more with POST /cases/{caseId}/workers.</summary>
    [MinLength(1)]
    [MaxLength(5000)]
    public required IReadOnlyList<WorkerRequest> Workers { get; init; }
}
