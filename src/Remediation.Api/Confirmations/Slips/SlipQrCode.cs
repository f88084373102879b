using QRCoder;
using SkiaSharp;

namespace Remediation.Api.Confirmations.Slips;

/// <summary>Draws a QR code as vector squares: crisp at any print resolution, and far smaller in the PDF than an image.</summary>
internal static class SlipQrCode
{
    /// <summary>The quiet zone QRCoder puts around the symbol, in modules; part of the square drawn, kept white.</summary>
    public const int QuietZoneModules = 4;

    /// <summary>Draws the QR code of text into square, its quiet zone included, dark modules in paint.</summary>
    public static void Draw(SKCanvas canvas, QRCodeGenerator generator, string text, SKRect square, SKPaint paint)
    {
        // ECC level M: survives a crease or a smudge on a paper slip while keeping the modules large.
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = square.Width / matrix.Count;

        // One path of row runs: a single fill, so viewers show no hairline seams between neighbouring modules.
        using var path = new SKPath();
        for (var row = 0; row < matrix.Count; row++)
        {
            var bits = matrix[row];
            var column = 0;
            while (column < bits.Length)
            {
                if (!bits[column])
                {
                    column++;
                    continue;
                }

                var start = column;
                while (column < bits.Length && bits[column])
                {
                    column++;
                }

                path.AddRect(new SKRect(
                    square.Left + (start * module),
                    square.Top + (row * module),
                    square.Left + (column * module),
                    square.Top + ((row + 1) * module)));
            }
        }

        canvas.DrawPath(path, paint);
    }
}
