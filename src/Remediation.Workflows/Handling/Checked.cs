using Remediation.Domain.Rules;
using Remediation.Domain.Validation;

namespace Remediation.Workflows.Handling;

/// <summary>What a handler's validation found: the command to apply, or why it is refused.</summary>
public sealed record Checked<T>(T? Value, Refusal? Refusal)
    where T : class;

/// <summary>Builds <see cref="Checked{T}"/>.</summary>
public static class Checked
{
    public static Checked<T> Valid<T>(T value)
        where T : class => new(value, null);

    public static Checked<T> Refused<T>(Refusal refusal)
        where T : class => new(null, refusal);

    public static Checked<T> Refused<T>(string reason)
        where T : class => new(null, Refusal.Invalid(reason));

    /// <summary>The value, or the field errors gathered while building it.</summary>
    public static Checked<T> Of<T>(T value, ErrorList errors)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Any ? new(null, RefusalText.FromErrors(errors.Errors)) : new(value, null);
    }
}
