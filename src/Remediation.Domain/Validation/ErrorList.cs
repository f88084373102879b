namespace Remediation.Domain.Validation;

/// <summary>Collects field errors while a validator walks its input, so that every problem is reported at once.</summary>
public sealed class ErrorList
{
    private readonly List<FieldError> errors = [];

    public IReadOnlyList<FieldError> Errors => errors;

    public bool Any => errors.Count > 0;

    public void Add(string path, string message) => errors.Add(new FieldError(path, message));

    public void Add(FieldError error) => errors.Add(error);

    public void Required(string path, object? value, string what)
    {
        if (value is null || (value is string text && string.IsNullOrWhiteSpace(text)))
        {
            Add(path, $"{what} is required.");
        }
    }
}
