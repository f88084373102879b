using Remediation.Domain.Validation;

namespace Remediation.Workflows.Intake;

public enum IntakeOutcome
{
    Created,

    /// <summary>The same partner reference and body were sent before: the existing case.</summary>
    Replayed,

    /// <summary>The partner reference is taken by a different body.</summary>
    Conflict,
    Invalid,
}

public sealed record IntakeResult(IntakeOutcome Outcome, string? CaseId, IReadOnlyList<FieldError> Errors)
{
    public static IntakeResult Invalid(IReadOnlyList<FieldError> errors) => new(IntakeOutcome.Invalid, null, errors);
}
