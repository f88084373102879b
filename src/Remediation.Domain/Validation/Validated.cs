namespace Remediation.Domain.Validation;

/// <summary>Either a valid value or every problem found with the input, all at once.</summary>
public sealed class Validated<T>
    where T : class
{
    internal Validated(T? value, IReadOnlyList<FieldError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<FieldError> Errors { get; }

    public bool IsValid => Value is not null;
}

public static class Validated
{
    public static Validated<T> Valid<T>(T value)
        where T : class => new(value, []);

    public static Validated<T> Invalid<T>(IReadOnlyList<FieldError> errors)
        where T : class =>
        errors is { Count: > 0 } ? new(null, errors) : throw new ArgumentException("An invalid result needs at least one error.", nameof(errors));
}
