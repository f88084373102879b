using System.Text.RegularExpressions;

namespace Remediation.Domain.Privacy;

/// <summary>
/// Finds personal data that must never be stored in free text (summaries, notes, reasons): e-mail addresses, phone
/// numbers and passport-like document numbers. Workers are vulnerable; a partner who pastes an interview note
/// with a phone number in it is told what to remove, and nothing is stored.
/// </summary>
public static partial class PersonalDataGuard
{
    /// <summary>What looks like personal data in <paramref name="text"/>, as messages that name the kind and position, never the data.</summary>
    public static IReadOnlyList<string> Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var findings = new List<string>();
        foreach (var (pattern, what) in new[]
        {
            (Email(), "an e-mail address"),
            (Phone(), "a phone number"),
            (Passport(), "a passport or ID document number"),
        })
        {
            foreach (Match match in pattern.Matches(text))
            {
                findings.Add($"{what} at character {match.Index + 1}");
            }
        }

        return findings;
    }

    /// <summary>A sentence telling the sender what to remove, or null when the text is clean.</summary>
    public static string? Explain(string? text)
    {
        if (text is not null && text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            return "Remove control characters from the text (only line breaks and tabs are allowed).";
        }

        var findings = Find(text);
        return findings.Count == 0
            ? null
            : $"Remove personal data before sending: the text contains {string.Join(", ", findings)}. Use pseudonymous worker references only.";
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // International numbers (+66 81 234 5678) and 9-10 digit local numbers in groups (081-234-5678); not dates or amounts.
    [GeneratedRegex(@"(\+\d[\d\s().-]{6,}\d)|(\b0?\d{2,3}[\s-]\d{3}[\s-]\d{3,4}\b)|(\b\d{9,12}\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b[A-Z]{1,2}\d{6,9}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Passport();
}
