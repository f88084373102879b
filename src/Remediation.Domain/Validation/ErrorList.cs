namespace Remediation.Domain.Validation;

/// <summary>
/// Collects field errors while a validator walks its input, so that every problem is reported at once: the first
/// <see cref="FieldErrors.Shown"/> in full, the rest counted (8 MB of empty objects must not become a 600 MB answer).
/// </summary>
public sealed class ErrorList
{
    private readonly List<FieldError> errors = [];

    /// <summary>The first errors, carrying the count of all of them.</summary>
    public FieldErrors Errors => new(errors, Count);

    /// <summary>Every error added, shown or not.</summary>
    public int Count { get; private set; }

    public bool Any => Count > 0;

    /// <summary>True once no more errors are kept (they are still counted).</summary>
    public bool IsFull => errors.Count >= FieldErrors.Shown;

    public void Add(string path, string message)
    {
        if (!IsFull)
        {
            errors.Add(new FieldError(path, message));
        }

        Count++;
    }

    public void Add(FieldError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (!IsFull)
        {
            errors.Add(error);
        }

        Count++;
    }

    public void Required(string path, object? value, string what)
    {
        if (value is null || (value is string text && string.IsNullOrWhiteSpace(text)))
        {
            Add(path, $"{what} is required.");
        }
    }
}
