using System.Globalization;
using System.Text;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using Buffer = HarfBuzzSharp.Buffer;

namespace Remediation.Api.Confirmations.Slips;

/// <summary>
/// Shapes one line of text with HarfBuzz and draws it as real PDF text. Each run carries its UTF-8 source and clusters,
/// so the PDF can map conjuncts and reordered glyphs back to text for search and copy, not just the glyphs it can reverse-map.
/// One instance per render: the HarfBuzz fonts inside are not shared between threads.
/// </summary>
internal sealed class SlipTextShaper : IDisposable
{
    private readonly Dictionary<SKTypeface, SKShaper> shapers = [];

    public void Dispose()
    {
        foreach (var shaper in shapers.Values)
        {
            shaper.Dispose();
        }

        shapers.Clear();
    }

    /// <summary>The advance width of the shaped text, in points.</summary>
    public float Measure(string text, SKTypeface typeface, float size, string language, float tracking = 0f) =>
        Shape(text, typeface, size, language, tracking).Width;

    /// <summary>Shapes and draws the text; x is where it starts, or its centre when centred; y is the baseline.</summary>
    public void Draw(SKCanvas canvas, SKPaint paint, string text, SKTypeface typeface, float size, string language, SKPoint at,
        bool centred = false, float tracking = 0f)
    {
        var line = Shape(text, typeface, size, language, tracking);
        if (line.Runs.Count == 0)
        {
            return;
        }

        using var builder = new SKTextBlobBuilder();
        foreach (var run in line.Runs)
        {
            using var font = NewFont(run.Typeface, size);
            var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, run.Utf8.Length, null);
            buffer.SetGlyphs(run.Glyphs);
            buffer.SetPositions(run.Positions);
            buffer.SetText(run.Utf8);
            buffer.SetClusters(run.Clusters);
        }

        using var blob = builder.Build();
        if (blob is not null)
        {
            canvas.DrawText(blob, centred ? at.X - (line.Width / 2) : at.X, at.Y, paint);
        }
    }

    private ShapedLine Shape(string text, SKTypeface typeface, float size, string language, float tracking)
    {
        var runs = new List<ShapedRun>();
        var x = 0f;
        foreach (var (start, length, runTypeface) in FontRuns(text, typeface))
        {
            if (runs.Count > 0)
            {
                x += tracking;
            }

            var part = text.Substring(start, length);
            using var font = NewFont(runTypeface, size);
            if (System.Text.Ascii.IsValid(part))
            {
                // Plain ASCII (the code, the address, English words) is laid out glyph by glyph: shaping would join
                // "fi" into a ligature, and the address would no longer read (or copy) as it is typed.
                var plain = font.GetGlyphs(part);
                var advances = font.GetGlyphWidths(plain);
                var placed = new SKPoint[plain.Length];
                for (var i = 0; i < plain.Length; i++)
                {
                    placed[i] = new SKPoint(x, 0);
                    x += advances[i] + (i < plain.Length - 1 ? tracking : 0f);
                }

                var clusters = Enumerable.Range(0, plain.Length).Select(i => (uint)i).ToArray();
                runs.Add(new ShapedRun(runTypeface, plain, placed, Encoding.UTF8.GetBytes(part), clusters));
                continue;
            }

            using var buffer = new Buffer();
            buffer.AddUtf8(part);
            buffer.GuessSegmentProperties();
            // The language picks localised forms: Vietnamese stacked accents, Nepali Devanagari variants.
            buffer.Language = new Language(language);
            var result = ShaperFor(runTypeface).Shape(buffer, x, 0, font);

            var count = result.Codepoints.Length;
            var glyphs = new ushort[count];
            var positions = new SKPoint[count];
            var shift = 0f;
            for (var i = 0; i < count; i++)
            {
                // Tracking goes between clusters, never between the glyphs of one cluster (marks stay on their base).
                if (i > 0 && result.Clusters[i] != result.Clusters[i - 1])
                {
                    shift += tracking;
                }

                glyphs[i] = (ushort)result.Codepoints[i];
                positions[i] = new SKPoint(result.Points[i].X + shift, result.Points[i].Y);
            }

            runs.Add(new ShapedRun(runTypeface, glyphs, positions, Encoding.UTF8.GetBytes(part), result.Clusters));
            x += result.Width + shift;
        }

        return new ShapedLine(runs, x);
    }

    private SKShaper ShaperFor(SKTypeface typeface)
    {
        if (!shapers.TryGetValue(typeface, out var shaper))
        {
            shaper = new SKShaper(typeface);
            shapers.Add(typeface, shaper);
        }

        return shaper;
    }

    private static SKFont NewFont(SKTypeface typeface, float size) => new(typeface, size)
    {
        // Unhinted, subpixel metrics: the PDF is scaled by the viewer and printer, so hinting for a pixel grid only distorts.
        Hinting = SKFontHinting.None,
        Subpixel = true,
        LinearMetrics = true,
    };

    /// <summary>
    /// Splits text into runs of one typeface: the script font where it has the glyphs, else Noto Sans (a Latin word or digit
    /// inside Thai or Khmer), so no character becomes a box. Spaces and invisible format characters stay in the current run.
    /// </summary>
    private static List<(int Start, int Length, SKTypeface Typeface)> FontRuns(string text, SKTypeface primary)
    {
        var runs = new List<(int Start, int Length, SKTypeface Typeface)>();
        var index = 0;
        while (index < text.Length)
        {
            var length = StringInfo.GetNextTextElementLength(text, index);
            var element = text.AsSpan(index, length);
            var typeface = IsNeutral(element) && runs.Count > 0 ? runs[^1].Typeface
                : Covers(primary, element) || !Covers(SlipFonts.Latin, element) ? primary
                : SlipFonts.Latin;

            if (runs.Count > 0 && runs[^1].Typeface == typeface)
            {
                runs[^1] = (runs[^1].Start, runs[^1].Length + length, typeface);
            }
            else
            {
                runs.Add((index, length, typeface));
            }

            index += length;
        }

        return runs;
    }

    private static bool IsNeutral(ReadOnlySpan<char> element)
    {
        foreach (var rune in element.EnumerateRunes())
        {
            if (!Rune.IsWhiteSpace(rune) && Rune.GetUnicodeCategory(rune) != UnicodeCategory.Format)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Covers(SKTypeface typeface, ReadOnlySpan<char> element)
    {
        foreach (var rune in element.EnumerateRunes())
        {
            // Format characters (ZWJ, ZWNJ, ZWSP) are handled by HarfBuzz whether or not the font maps them.
            if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.Format && !typeface.ContainsGlyph(rune.Value))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record ShapedRun(SKTypeface Typeface, ushort[] Glyphs, SKPoint[] Positions, byte[] Utf8, uint[] Clusters);

    private sealed record ShapedLine(IReadOnlyList<ShapedRun> Runs, float Width);
}
