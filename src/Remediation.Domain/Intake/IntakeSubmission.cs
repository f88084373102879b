namespace Remediation.Domain.Intake;

/// <summary>A partner's grievance as received, before validation: every field may be missing or wrong.</summary>
public sealed record IntakeSubmission(
    string? PartnerReference,
    FactorySubmission? Factory,
    string? SupplierId,
    string? Summary,
    string? Priority,
    IReadOnlyList<string>? Indicators,
    IReadOnlyList<WorkerSubmission>? Workers);

public sealed record FactorySubmission(string? Name, string? Country, string? Site)
{
    public string? Sector { get; init; }

    public WorkforceSubmission? Workforce { get; init; }
}

public sealed record WorkforceSubmission(int Total, int Migrants, DateOnly AsOf);

public sealed record WorkerSubmission(
    string? Ref, string? Nationality, DateOnly? HiredOn, string? EmploymentStatus, IReadOnlyList<FeeSubmission>? Fees);

public sealed record FeeSubmission(string? Category, decimal? Amount, string? Currency, string? PaidTo, DateOnly? PaidOn);
