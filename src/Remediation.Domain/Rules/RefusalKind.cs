namespace Remediation.Domain.Rules;

/// <summary>Why the domain said no; hosts map it to a status code (403, 409, 422).</summary>
public enum RefusalKind
{
    /// <summary>The caller's role or party may not give this command.</summary>
    NotPermitted,

    /// <summary>The command is not allowed in the case's current stage.</summary>
    WrongStage,

    /// <summary>The command's data breaks a rule (a payment beyond what is owed, a plan that misses an amount).</summary>
    InvalidData,
}
