using System.Globalization;
using System.Text;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Remediation.Api.Confirmations.Slips;

namespace Remediation.Api.Procurement.EvidencePack;

/// <summary>
/// Lays text out top to bottom on A4 pages by hand: a y-cursor inside 40 pt margins, wrapping by measured width, tables
/// whose header is repeated on each page they run onto, and "page n of m" footers once the page count is known.
/// </summary>
internal sealed class PdfFlow : IDisposable
{
    private const double Margin = 40;
    private const double FooterHeight = 16;
    private const double CellPadding = 3;

    private readonly PdfDocument document = new();
    private readonly XFont body = new(EvidencePackFonts.Family, 9, XFontStyleEx.Regular);
    private readonly XFont bold = new(EvidencePackFonts.Family, 9, XFontStyleEx.Bold);
    private readonly XFont small = new(EvidencePackFonts.Family, 7.5, XFontStyleEx.Regular);
    private XGraphics graphics;
    private double y;

    public PdfFlow(string title)
    {
        document.Info.Title = title;
        graphics = NewPage();
    }

    private double Width => graphics.PageSize.Width - (2 * Margin);

    private double Bottom => graphics.PageSize.Height - Margin - FooterHeight;

    /// <summary>
    /// Text as the embedded Noto Sans can draw it: PDFsharp neither shapes nor falls back to other fonts, so text in another
    /// script becomes the placeholder rather than empty boxes.
    /// </summary>
    public static string Drawable(string? text, string placeholder)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var clean = new string([.. text.Normalize(NormalizationForm.FormC).Select(c => char.IsControl(c) ? ' ' : c)]);
        return SlipFonts.Latin.ContainsGlyphs(clean) ? clean : placeholder;
    }

    public static string Time(DateTimeOffset? at) =>
        at is { } value ? value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "-";

    public void Title(string text, double size)
    {
        var font = new XFont(EvidencePackFonts.Family, size, XFontStyleEx.Bold);
        Lines(text, font, 0, size * 1.5);
        y += size * 0.4;
    }

    /// <summary>A section heading, moved to the next page when the page has no room for it and a few lines after it.</summary>
    public void Heading(string text)
    {
        var font = new XFont(EvidencePackFonts.Family, 12, XFontStyleEx.Bold);
        y += 10;
        Reserve(18 + (4 * LineHeight(body)));
        Lines(text, font, 0, 18);
        y += 2;
    }

    public void Paragraph(string text, bool strong = false)
    {
        Lines(text, strong ? bold : body, 0, LineHeight(body));
        y += 4;
    }

    public void Gap(double points) => y += points;

    /// <summary>
    /// A table; column widths are fractions of the text width. Rows never split across pages; the header (none for a list
    /// of name and value) is repeated at the top of each page the table runs onto.
    /// </summary>
    public void Table(IReadOnlyList<string>? header, IReadOnlyList<double> widths, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(rows);
        var columns = widths.Select(w => w * Width).ToList();
        var headerLines = header is null ? null : Wrap(header, columns, bold);
        Reserve((headerLines is null ? 0 : RowHeight(headerLines, bold)) + LineHeight(body) + (2 * CellPadding));
        if (headerLines is not null)
        {
            DrawRow(headerLines, columns, bold, withRule: true);
        }

        foreach (var row in rows)
        {
            var lines = Wrap(row, columns, body);
            if (y + RowHeight(lines, body) > Bottom)
            {
                NextPage();
                if (headerLines is not null)
                {
                    DrawRow(headerLines, columns, bold, withRule: true);
                }
            }

            DrawRow(lines, columns, body, withRule: false);
        }

        y += 8;
    }

    /// <summary>Writes "page n of m" on every page and the document's bytes.</summary>
    public byte[] Finish(string footerLeft)
    {
        graphics.Dispose();
        var count = document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var footer = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var baseline = footer.PageSize.Height - Margin;
            footer.DrawLine(XPens.LightGray, Margin, baseline - 10, footer.PageSize.Width - Margin, baseline - 10);
            footer.DrawString(footerLeft, small, XBrushes.DimGray, Margin, baseline);
            var number = string.Create(CultureInfo.InvariantCulture, $"page {i + 1} of {count}");
            var width = footer.MeasureString(number, small).Width;
            footer.DrawString(number, small, XBrushes.DimGray, footer.PageSize.Width - Margin - width, baseline);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        graphics.Dispose();
        document.Dispose();
    }

    private static double LineHeight(XFont font) => font.Size * 1.35;

    private static double RowHeight(List<List<string>> cells, XFont font) =>
        (Math.Max(1, cells.Max(c => c.Count)) * LineHeight(font)) + (2 * CellPadding);

    private XGraphics NewPage()
    {
        var page = document.AddPage();
        page.Size = PageSize.A4;
        y = Margin;
        return XGraphics.FromPdfPage(page);
    }

    private void NextPage()
    {
        graphics.Dispose();
        graphics = NewPage();
    }

    private void Reserve(double height)
    {
        if (y + height > Bottom && y > Margin)
        {
            NextPage();
        }
    }

    private void Lines(string text, XFont font, double indent, double lineHeight)
    {
        foreach (var line in Wrap(text, Width - indent, font))
        {
            Reserve(lineHeight);
            graphics.DrawString(line, font, XBrushes.Black, Margin + indent, y + font.Size, XStringFormats.BaseLineLeft);
            y += lineHeight;
        }
    }

    private List<List<string>> Wrap(IReadOnlyList<string> cells, List<double> columns, XFont font) =>
        [.. columns.Select((width, i) => Wrap(i < cells.Count ? cells[i] : string.Empty, width - (2 * CellPadding), font))];

    private void DrawRow(List<List<string>> cells, List<double> columns, XFont font, bool withRule)
    {
        var x = Margin;
        for (var c = 0; c < columns.Count; c++)
        {
            var lineY = y + CellPadding;
            foreach (var line in cells[c])
            {
                graphics.DrawString(line, font, XBrushes.Black, x + CellPadding, lineY + font.Size, XStringFormats.BaseLineLeft);
                lineY += LineHeight(font);
            }

            x += columns[c];
        }

        y += RowHeight(cells, font);
        graphics.DrawLine(withRule ? XPens.Black : XPens.LightGray, Margin, y, Margin + Width, y);
    }

    /// <summary>Greedy wrapping at spaces; a word wider than the line (a hash) is cut where it no longer fits.</summary>
    private List<string> Wrap(string text, double width, XFont font)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (Fits(candidate, width, font))
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            current = word;
            while (!Fits(current, width, font) && current.Length > 1)
            {
                var cut = current.Length - 1;
                while (cut > 1 && !Fits(current[..cut], width, font))
                {
                    cut--;
                }

                lines.Add(current[..cut]);
                current = current[cut..];
            }
        }

        if (current.Length > 0 || lines.Count == 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    private bool Fits(string text, double width, XFont font) => graphics.MeasureString(text, font).Width <= width;
}
