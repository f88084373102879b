using QRCoder;
using SkiaSharp;

namespace Remediation.Api.Confirmations.Slips;

/// <summary>
/// Lays out and draws one slip in its cell, top to bottom: title, code, QR code, address, instructions.
/// One instance per render; it keeps the line breaks of texts already laid out, as most slips of a batch share them.
/// </summary>
internal sealed class SlipPainter : IDisposable
{
    private const float Padding = 20f;
    private const float Gap = 6f;
    private const float TitleSize = 14f;
    private const float TitleMinSize = 10f;
    private const int TitleMaxLines = 2;
    private const float CodeSize = 22f;
    private const float CodeMinSize = 14f;
    private const float CodeTrackingEm = 0.12f;
    private const float QrSize = 124f;
    private const float AddressSize = 7f;
    private const float AddressMinSize = 5f;
    private const float TextSize = 11f;
    private const float TextMinSize = 7f;
    private const float SizeStep = 0.5f;
    private const string LatinLanguage = "en";

    // Enough for every language of a batch; cleared past it, so a batch of all-different texts cannot grow it without bound.
    private const int CacheLimit = 64;

    private readonly SlipTextShaper shaper = new();
    private readonly QRCodeGenerator qrGenerator = new();
    private readonly SKPaint ink = new() { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly Dictionary<string, TextBlock> blocks = new(StringComparer.Ordinal);

    public void Dispose()
    {
        shaper.Dispose();
        qrGenerator.Dispose();
        ink.Dispose();
    }

    public void Draw(SKCanvas canvas, Slip slip, SKRect cell)
    {
        var box = SKRect.Inflate(cell, -Padding, -Padding);
        var typeface = SlipFonts.ForLanguage(slip.Language);
        var address = slip.Address.AbsoluteUri;

        canvas.Save();
        // Nothing of one slip may reach the cut line or its neighbour, whatever the translation's length.
        canvas.ClipRect(SKRect.Inflate(cell, -Padding / 2, -Padding / 2));

        var title = Layout("title", [slip.Title], typeface, slip.Language, box.Width, TitleSize, TitleMinSize,
            block => block.LineCount <= TitleMaxLines);
        var y = DrawBlock(canvas, title, typeface, slip.Language, box, box.Top, centred: true) + Gap;

        y = DrawCode(canvas, slip.Code, box, y);

        var qr = SKRect.Create(box.MidX - (QrSize / 2), y, QrSize, QrSize);
        SlipQrCode.Draw(canvas, qrGenerator, address, qr, ink);

        // Shrunk to one line if it can be; else wrapped (anywhere, as a URL has no spaces) rather than cut off.
        var addressBlock = Layout("address", [address], SlipFonts.Latin, LatinLanguage, box.Width, AddressSize, AddressMinSize,
            block => block.LineCount <= 1);
        y = DrawBlock(canvas, addressBlock, SlipFonts.Latin, LatinLanguage, box, qr.Bottom, centred: true) + Gap;

        var room = box.Bottom - y;
        var instructions = Layout("lines:" + MathF.Round(room), slip.Lines, typeface, slip.Language, box.Width, TextSize, TextMinSize,
            block => block.Height <= room);
        DrawBlock(canvas, instructions, typeface, slip.Language, box, y, centred: false);

        canvas.Restore();
    }

    /// <summary>The code centred in the box, letter-spaced for reading aloud, shrunk if a long code needs it; returns the y below it.</summary>
    private float DrawCode(SKCanvas canvas, string code, SKRect box, float top)
    {
        var latin = SlipFonts.Latin;
        var size = CodeSize;
        while (size > CodeMinSize && shaper.Measure(code, latin, size, LatinLanguage, CodeTrackingEm * size) > box.Width)
        {
            size -= SizeStep;
        }

        using var font = new SKFont(latin, size);
        var metrics = font.Metrics;
        shaper.Draw(canvas, ink, code, latin, size, LatinLanguage, new SKPoint(box.MidX, top - metrics.Ascent), centred: true,
            tracking: CodeTrackingEm * size);
        return top + metrics.Descent - metrics.Ascent;
    }

    /// <summary>Draws the laid-out paragraphs from top; returns the y below the last line.</summary>
    private float DrawBlock(SKCanvas canvas, TextBlock block, SKTypeface typeface, string language, SKRect box, float top, bool centred)
    {
        var y = top;
        for (var p = 0; p < block.Paragraphs.Count; p++)
        {
            if (p > 0)
            {
                y += block.ParagraphGap;
            }

            foreach (var line in block.Paragraphs[p])
            {
                var at = new SKPoint(centred ? box.MidX : box.Left, y + block.Ascent);
                shaper.Draw(canvas, ink, line, typeface, block.Size, language, at, centred);
                y += block.LineHeight;
            }
        }

        return y;
    }

    /// <summary>
    /// Wraps the paragraphs at the largest size (from maxSize down to minSize) at which the block fits; at minSize it is
    /// taken as it is, and the cell's clip keeps any overflow off the neighbouring slip.
    /// </summary>
    private TextBlock Layout(string kind, IReadOnlyList<string> paragraphs, SKTypeface typeface, string language, float width,
        float maxSize, float minSize, Func<TextBlock, bool> fits)
    {
        var key = string.Join('\u001F', [kind, typeface.FamilyName, language, .. paragraphs]);
        if (blocks.TryGetValue(key, out var cached))
        {
            return cached;
        }

        TextBlock block;
        for (var size = maxSize; ; size -= SizeStep)
        {
            var fontSize = size;
            var wrapped = paragraphs
                .Select(text => SlipLineBreaker.Wrap(text, width, line => shaper.Measure(line, typeface, fontSize, language)))
                .ToList();
            using var font = new SKFont(typeface, size);
            var metrics = font.Metrics;
            // A little air over the font's own extent: stacked Khmer and Burmese marks otherwise nearly touch the next line.
            var lineHeight = ((metrics.Descent - metrics.Ascent) * 1.1f) + metrics.Leading;
            block = new TextBlock(size, wrapped, -metrics.Ascent * 1.05f, lineHeight, lineHeight * 0.25f);
            if (size - SizeStep < minSize || fits(block))
            {
                break;
            }
        }

        if (blocks.Count >= CacheLimit)
        {
            blocks.Clear();
        }

        blocks[key] = block;
        return block;
    }

    private sealed record TextBlock(float Size, IReadOnlyList<List<string>> Paragraphs, float Ascent, float LineHeight, float ParagraphGap)
    {
        public int LineCount => Paragraphs.Sum(p => p.Count);

        public float Height => (LineCount * LineHeight) + (Math.Max(0, Paragraphs.Count - 1) * ParagraphGap);
    }
}
