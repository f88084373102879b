using System.Globalization;
using System.Text;

namespace Remediation.Domain.Confirmations;

/// <summary>
/// An amount as a worker types it on a phone: digits of any script (Myanmar, Thai, Khmer, Bengali, Devanagari...),
/// with "." or "," as they write them. A separator followed by exactly three digits groups thousands ("1.500" in
/// Indonesia and Vietnam is fifteen hundred, not one and a half); one followed by one or two digits is the decimal
/// point ("1,5" or "1.50"). Anything else is not read: the worker is asked again rather than a wrong amount recorded.
/// </summary>
public static class TypedAmount
{
    public const int MaxLength = 24;

    public static decimal? Parse(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > MaxLength)
        {
            return null;
        }

        var text = new StringBuilder(typed.Length);
        foreach (var c in typed.Trim())
        {
            if (char.IsDigit(c))
            {
                text.Append((char)('0' + (int)char.GetNumericValue(c)));
            }
            else if (c is '.' or ',' or '٫' or '٬')
            {
                text.Append(c is ',' or '٬' ? ',' : '.');
            }
            else if (c is not (' ' or '\u00A0' or '\u202F' or '\''))
            {
                return null;
            }
        }

        var groups = text.ToString().Split('.', ',');
        if (groups.Any(g => g.Length == 0))
        {
            return null;
        }

        // Thousands groups are three digits; a last group of one or two digits is the fraction.
        var fraction = groups.Length > 1 && groups[^1].Length <= 2 ? groups[^1] : null;
        var whole = fraction is null ? groups : groups[..^1];
        if (whole.Skip(1).Any(g => g.Length != 3))
        {
            return null;
        }

        var digits = string.Concat(whole) + (fraction is null ? string.Empty : "." + fraction);
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) ? amount : null;
    }
}
