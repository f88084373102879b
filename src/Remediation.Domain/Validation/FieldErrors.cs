using System.Collections;

namespace Remediation.Domain.Validation;

/// <summary>
/// At most <see cref="Shown"/> field errors, and how many there were in all (<see cref="Total"/>): what a problem
/// lists, however many fields were wrong.
/// </summary>
public sealed class FieldErrors : IReadOnlyList<FieldError>
{
    public const int Shown = 100;

    private readonly IReadOnlyList<FieldError> shown;

    public FieldErrors(IEnumerable<FieldError> errors, int? total = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var all = errors as IReadOnlyCollection<FieldError> ?? [.. errors];
        shown = [.. all.Take(Shown)];
        Total = Math.Max(total ?? all.Count, shown.Count);
    }

    /// <summary>Every error there was, including those not shown.</summary>
    public int Total { get; }

    public int Count => shown.Count;

    public FieldError this[int index] => shown[index];

    /// <summary>The total of any error list: a <see cref="FieldErrors"/> knows it, any other list is its count.</summary>
    public static int TotalOf(IReadOnlyList<FieldError>? errors) => errors is FieldErrors capped ? capped.Total : errors?.Count ?? 0;

    public IEnumerator<FieldError> GetEnumerator() => shown.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
