using Remediation.Contracts.Problems;

namespace Remediation.Web.Components;

/// <summary>The API's field errors of the last attempt, by JSON path ("$.reason") or sheet row and column.</summary>
public sealed class FieldErrors
{
    private IReadOnlyList<FieldError> errors = [];

    public IReadOnlyList<FieldError> All => errors;

    public void Set(IReadOnlyList<FieldError> value) => errors = value;

    public IEnumerable<string> For(string path) =>
        errors.Where(e => string.Equals(e.Path, path, StringComparison.Ordinal)
                || e.Path.StartsWith(path + "[", StringComparison.Ordinal)
                || e.Path.StartsWith(path + ".", StringComparison.Ordinal))
            .Select(e => e.Message);
}
