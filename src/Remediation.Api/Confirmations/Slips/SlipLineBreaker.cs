using System.Globalization;
using System.Text;

namespace Remediation.Api.Confirmations.Slips;

/// <summary>
/// Wraps a paragraph to a width: at spaces (and zero-width spaces) where the script has them; a word wider than the line
/// (Thai, Khmer and Burmese often write a whole phrase without spaces) is broken between grapheme clusters, never inside one.
/// </summary>
internal static class SlipLineBreaker
{
    private const char ZeroWidthSpace = '\u200B';

    /// <summary>The lines of the paragraph, each no wider than maxWidth unless a single cluster is.</summary>
    public static List<string> Wrap(string text, float maxWidth, Func<string, float> measure)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            WrapParagraph(paragraph, maxWidth, measure, lines);
        }

        return lines;
    }

    private static void WrapParagraph(string paragraph, float maxWidth, Func<string, float> measure, List<string> lines)
    {
        var current = new StringBuilder();
        bool Fits(string candidate) => measure(Trim(candidate)) <= maxWidth;

        void Flush()
        {
            if (Trim(current.ToString()) is { Length: > 0 } line)
            {
                lines.Add(line);
            }

            current.Clear();
        }

        foreach (var word in Words(paragraph))
        {
            if (Fits(current + word))
            {
                current.Append(word);
            }
            else if (Fits(word))
            {
                Flush();
                current.Append(word);
            }
            else
            {
                // Wider than a whole line: fill the current line cluster by cluster, then go on to the next ones.
                foreach (var unit in BreakUnits(word))
                {
                    if (current.Length > 0 && !Fits(current + unit))
                    {
                        Flush();
                    }

                    current.Append(unit);
                }
            }
        }

        Flush();
    }

    /// <summary>Words with the spaces that follow them, so that joining them gives back the text.</summary>
    private static IEnumerable<string> Words(string paragraph)
    {
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var isBreak = paragraph[i] is ' ' or ZeroWidthSpace;
            var nextIsBreak = i + 1 < paragraph.Length && paragraph[i + 1] is ' ' or ZeroWidthSpace;
            if (isBreak && !nextIsBreak)
            {
                yield return paragraph[start..(i + 1)];
                start = i + 1;
            }
        }

        if (start < paragraph.Length)
        {
            yield return paragraph[start..];
        }
    }

    /// <summary>
    /// Grapheme clusters, the smallest pieces a line may break between, with those that belong together kept as one unit:
    /// .NET ends a cluster after a sign that stacks the next consonant under it, or before a vowel that a script writes on
    /// the other side of its consonant, and breaking there would tear a syllable apart on paper.
    /// </summary>
    private static List<string> BreakUnits(string word)
    {
        var units = new List<string>();
        var index = 0;
        while (index < word.Length)
        {
            var length = StringInfo.GetNextTextElementLength(word, index);
            var cluster = word.Substring(index, length);
            if (units.Count > 0 && (JoinsNext(units[^1]) || JoinsPrevious(cluster)))
            {
                units[^1] += cluster;
            }
            else
            {
                units.Add(cluster);
            }

            index += length;
        }

        return units;
    }

    /// <summary>Khmer coeng, Myanmar stacker, Indic virama, ZWJ; Thai and Lao vowels written before their consonant.</summary>
    private static bool JoinsNext(string unit) =>
        unit[^1] is '\u17D2' or '\u1039' or '\u094D' or '\u09CD' or '\u200D' or (>= '\u0E40' and <= '\u0E44') or (>= '\u0EC0' and <= '\u0EC4');

    /// <summary>
    /// Thai and Lao vowels and signs written after their consonant; a Myanmar consonant killed by asat or a Khmer one under
    /// bantoc or toandakhiat, which ends the syllable before it; closing punctuation (full stops, dandas), never a line's start.
    /// </summary>
    private static bool JoinsPrevious(string unit) =>
        unit[0] is (>= '\u0E30' and <= '\u0E33') or '\u0E45' or '\u0E46' or '\u0E2F' or (>= '\u0EB0' and <= '\u0EB3')
        || unit.AsSpan().IndexOfAny('\u103A', '\u17CB', '\u17CD') >= 0
        || CharUnicodeInfo.GetUnicodeCategory(unit, 0) is UnicodeCategory.ClosePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation;

    private static string Trim(string line) => line.Trim(' ', ZeroWidthSpace);
}
