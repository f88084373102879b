using Remediation.Domain.Validation;

namespace Remediation.Domain.Rules;

/// <summary>
/// A business rule said no. <see cref="Reason"/> is written for the partner or supplier who sent the command;
/// <see cref="Errors"/> locates each problem by JSON path when the refusal is about the command's fields.
/// </summary>
public sealed record Refusal(RefusalKind Kind, string Reason)
{
    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    public static Refusal NotPermitted(string reason) => new(RefusalKind.NotPermitted, reason);

    public static Refusal WrongStage(string reason) => new(RefusalKind.WrongStage, reason);

    public static Refusal Invalid(string reason) => new(RefusalKind.InvalidData, reason);

    public static Refusal Invalid(string reason, IReadOnlyList<FieldError> errors) => new(RefusalKind.InvalidData, reason) { Errors = errors };
}
