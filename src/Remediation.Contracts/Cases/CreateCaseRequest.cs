using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Cases;

/// <summary>A grievance as a monitoring partner reports it: the factory, what was found and every worker with the fees they paid.</summary>
public sealed record CreateCaseRequest
{
    /// <summary>The partner's own reference for the case: unique per partner; sending the same body again returns the same case.</summary>
    [StringLength(100, MinimumLength = 1)]
    [RegularExpression("^[A-Za-z0-9._:-]{1,100}$")]
    public required string PartnerReference { get; init; }

    public required FactoryRequest Factory { get; init; }

    /// <summary>The supplier (the public buyer's contractor) the grievance is against, if known; a caseworker confirms it at triage.</summary>
    [RegularExpression("^[A-Za-z0-9._-]{1,64}$")]
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

public sealed record FactoryRequest
{
    [StringLength(200, MinimumLength = 1)]
    public required string Name { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    [RegularExpression("^[A-Z]{2}$")]
    public required string Country { get; init; }

    [StringLength(200)]
    public string? Site { get; init; }
}

/// <summary>One worker, by a pseudonymous reference only (an employee number or the partner's code; never a name or document number).</summary>
public sealed record WorkerRequest
{
    [RegularExpression("^[A-Za-z0-9._:-]{1,64}$")]
    public required string Ref { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    [RegularExpression("^[A-Z]{2}$")]
    public required string Nationality { get; init; }

    public DateOnly? HiredOn { get; init; }

    public required EmploymentStatus EmploymentStatus { get; init; }

    [MaxLength(20)]
    public IReadOnlyList<FeeRequest>? Fees { get; init; }
}

/// <summary>A fee the worker paid: exact amount in an ISO 4217 currency, with at most the currency's minor units.</summary>
public sealed record FeeRequest
{
    public required FeeCategory Category { get; init; }

    /// <summary>A JSON number, more than 0, with at most the currency's decimals (20000.50 THB).</summary>
    public required decimal Amount { get; init; }

    /// <summary>ISO 4217, such as THB, MYR or USD.</summary>
    [RegularExpression("^[A-Z]{3}$")]
    public required string Currency { get; init; }

    /// <summary>An agent, broker, clinic...: never a worker.</summary>
    [StringLength(200)]
    public string? PaidTo { get; init; }

    public DateOnly? PaidOn { get; init; }
}

/// <summary>More workers for a case (POST /cases/{caseId}/workers), in the intake's shape.</summary>
public sealed record AddWorkersRequest
{
    [MinLength(1)]
    [MaxLength(5000)]
    public required IReadOnlyList<WorkerRequest> Workers { get; init; }
}

/// <summary>The answer to POST /cases.</summary>
public sealed record CaseCreated
{
    public required string CaseId { get; init; }

    /// <summary>True when this partner reference was already used with the same body: nothing new was created.</summary>
    public bool? Replayed { get; init; }
}
