using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Remediation.Domain.Cases;

/// <summary>
/// A factory's identity across cases: its country, name and site, normalised (case, width, punctuation and spacing do
/// not matter), hashed. Two spellings of one factory stay two factories (docs/risk-method.md).
/// </summary>
public static class FactoryKey
{
    public static string Of(Factory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var text = Normal(factory.Name) + "\n" + Normal(factory.Site ?? string.Empty);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
        return $"F-{factory.Country.Code}-{hash}";
    }

    private static string Normal(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        var kept = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            var letter = char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark;
            if (letter)
            {
                kept.Append(c);
            }
            else if (kept.Length > 0 && kept[^1] != ' ')
            {
                kept.Append(' ');
            }
        }

        return kept.ToString().Trim();
    }
}
