using SkiaSharp;

namespace Remediation.Api.Confirmations.Slips;

/// <summary>The A4 page grid: four A6 slips, 2 x 2, with dashed cut lines between them so a partner can print and cut.</summary>
internal static class SlipSheet
{
    /// <summary>A4 portrait in PDF points (1/72 inch).</summary>
    public const float PageWidth = 595.28f;

    public const float PageHeight = 841.89f;

    public const int Columns = 2;

    public const int Rows = 2;

    public const int SlipsPerPage = Columns * Rows;

    /// <summary>The area of the slip at position index (0 to SlipsPerPage - 1, row by row) on its page.</summary>
    public static SKRect Cell(int index)
    {
        const float width = PageWidth / Columns;
        const float height = PageHeight / Rows;
        var column = index % Columns;
        var row = index / Columns;
        return SKRect.Create(column * width, row * height, width, height);
    }

    /// <summary>Draws the cut lines: light and dashed, so that a slightly off cut leaves no heavy line on a slip.</summary>
    public static void DrawCutLines(SKCanvas canvas)
    {
        using var dash = SKPathEffect.CreateDash([6f, 4f], 0f);
        using var paint = new SKPaint
        {
            Color = new SKColor(0x80, 0x80, 0x80),
            Style = SKPaintStyle.Stroke,
            StrokeWidth = 0.5f,
            IsAntialias = true,
            PathEffect = dash,
        };

        for (var column = 1; column < Columns; column++)
        {
            var x = column * PageWidth / Columns;
            canvas.DrawLine(x, 0, x, PageHeight, paint);
        }

        for (var row = 1; row < Rows; row++)
        {
            var y = row * PageHeight / Rows;
            canvas.DrawLine(0, y, PageWidth, y, paint);
        }
    }
}
