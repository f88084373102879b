using SkiaSharp;

namespace Remediation.Api.Confirmations.Slips;

/// <summary>Renders confirmation slips into one printable PDF: A4 pages of four slips, with cut lines.</summary>
public static class SlipDocument
{
    /// <summary>The PDF bytes of the slips, in order, four to a page.</summary>
    public static byte[] Render(IReadOnlyList<Slip> slips)
    {
        ArgumentNullException.ThrowIfNull(slips);
        if (slips.Count == 0)
        {
            throw new ArgumentException("There must be at least one slip: a PDF with no page is not a document.", nameof(slips));
        }

        for (var i = 0; i < slips.Count; i++)
        {
            if (slips[i] is null)
            {
                throw new ArgumentException($"Slip {i} is null.", nameof(slips));
            }
        }

        // Skia's chunked memory stream, copied once into the result: no doubling buffer as with a growing MemoryStream.
        using var output = new SKDynamicMemoryWStream();
        // No creation date: the same slips give the same bytes.
        var metadata = new SKDocumentPdfMetadata { Title = "Confirmation slips", Creator = "Remediation" };
        using (var document = SKDocument.CreatePdf(output, metadata)
            ?? throw new InvalidOperationException("Skia could not start a PDF document."))
        using (var painter = new SlipPainter())
        {
            // Skia writes each page out when it ends: memory is the PDF so far plus one page and the fonts, nothing per slip.
            for (var first = 0; first < slips.Count; first += SlipSheet.SlipsPerPage)
            {
                var canvas = document.BeginPage(SlipSheet.PageWidth, SlipSheet.PageHeight);
                SlipSheet.DrawCutLines(canvas);
                var onPage = Math.Min(SlipSheet.SlipsPerPage, slips.Count - first);
                for (var i = 0; i < onPage; i++)
                {
                    painter.Draw(canvas, slips[first + i], SlipSheet.Cell(i));
                }

                document.EndPage();
            }

            document.Close();
        }

        var bytes = new byte[output.BytesWritten];
        output.CopyTo(bytes);
        return bytes;
    }
}
