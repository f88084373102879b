namespace Remediation.Domain.Rules;

/// <summary>A business rule said no. <see cref="Reason"/> is written for the partner or supplier who sent the command.</summary>
public sealed record Refusal(RefusalKind Kind, string Reason)
{
    public static Refusal NotPermitted(string reason) => new(RefusalKind.NotPermitted, reason);

    public static Refusal WrongStage(string reason) => new(RefusalKind.WrongStage, reason);

    public static Refusal Invalid(string reason) => new(RefusalKind.InvalidData, reason);
}
