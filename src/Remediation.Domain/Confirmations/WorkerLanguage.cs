using Remediation.Domain.Geography;

namespace Remediation.Domain.Confirmations;

/// <summary>
/// The languages the worker page, slips and text replies speak, and which one a worker gets: the one asked for, else the
/// one the partner chose for the code, else their nationality's, else what the browser prefers, else English.
/// </summary>
public static class WorkerLanguage
{
    public const string English = "en";

    /// <summary>English, Burmese, Nepali, Bengali, Thai, Malay, Khmer, Vietnamese, Indonesian.</summary>
    public static readonly IReadOnlyList<string> All = ["en", "my", "ne", "bn", "th", "ms", "km", "vi", "id"];

    /// <summary>Each language's name in itself, for the language links.</summary>
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["en"] = "English", ["my"] = "မြန်မာ", ["ne"] = "नेपाली", ["bn"] = "বাংলা", ["th"] = "ไทย",
        ["ms"] = "Bahasa Melayu", ["km"] = "ខ្មែរ", ["vi"] = "Tiếng Việt", ["id"] = "Bahasa Indonesia",
    };

    private static readonly Dictionary<string, string> ByNationality = new(StringComparer.Ordinal)
    {
        ["MM"] = "my", ["NP"] = "ne", ["BD"] = "bn", ["TH"] = "th", ["MY"] = "ms", ["KH"] = "km", ["VN"] = "vi", ["ID"] = "id",
    };

    public static bool IsSupported(string? language) => language is not null && All.Contains(language, StringComparer.Ordinal);

    public static string? ForNationality(Country? nationality) =>
        nationality is not null && ByNationality.TryGetValue(nationality.Code, out var language) ? language : null;

    /// <summary>The first supported language of an Accept-Language header, by its order (weights are rarely set by phones).</summary>
    public static string? FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrEmpty(header) || header.Length > 500)
        {
            return null;
        }

        return header.Split(',')
            .Select(part => part.Split(';')[0].Trim().Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(IsSupported);
    }

    public static string Pick(string? asked, string? chosenForCode, Country? nationality, string? acceptLanguage) =>
        IsSupported(asked) ? asked!
            : IsSupported(chosenForCode) ? chosenForCode!
            : ForNationality(nationality) ?? FromAcceptLanguage(acceptLanguage) ?? English;
}
