using Remediation.Domain.Rules;
using Remediation.Domain.Validation;

namespace Remediation.Workflows.Handling;

/// <summary>Turns many problems into one refusal a partner can act on: the first ones in full, and how many more.</summary>
internal static class RefusalText
{
    private const int Shown = 20;

    public static Refusal FromErrors(IReadOnlyList<FieldError> errors) =>
        Refusal.Invalid(Join(errors.Select(e => $"{e.Path}: {e.Message}").ToList(), FieldErrors.TotalOf(errors)), errors);

    public static Refusal FromLedger(IReadOnlyDictionary<string, Refusal> refusals) =>
        Refusal.Invalid(Join(refusals.OrderBy(r => r.Key, StringComparer.Ordinal).Take(Shown).Select(r => r.Value.Reason).ToList(), refusals.Count));

    private static string Join(IReadOnlyList<string> problems, int total) =>
        string.Join(" ", problems.Take(Shown)) + (total > Shown ? $" (and {total - Shown} more problems)" : string.Empty);
}
