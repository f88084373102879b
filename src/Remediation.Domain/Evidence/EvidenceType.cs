using System.Text;

namespace Remediation.Domain.Evidence;

/// <summary>
/// Evidence files are typed by their first bytes, never by what the sender declares: PDF, PNG, JPEG, XLSX (a ZIP
/// with the spreadsheet parts) and CSV (plain UTF-8 text with separators).
/// </summary>
public static class EvidenceType
{
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Csv = "text/csv";

    public const long MaxBytes = 25 * 1024 * 1024;

    /// <summary>How many leading bytes <see cref="Detect"/> looks at.</summary>
    public const int HeadLength = 8192;

    private static readonly byte[] PngMagic = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];

    public static IReadOnlyList<string> Allowed => [Pdf, Png, Jpeg, Xlsx, Csv];

    /// <summary>The type of a file from its first bytes, or null when it is none of the allowed types.</summary>
    public static string? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (head.StartsWith(PngMagic))
        {
            return Png;
        }

        if (head.StartsWith(JpegMagic))
        {
            return Jpeg;
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return head.IndexOf("[Content_Types].xml"u8) >= 0 || head.IndexOf("xl/"u8) >= 0 ? Xlsx : null;
        }

        return LooksLikeCsv(head) ? Csv : null;
    }

    private static bool LooksLikeCsv(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty || head.IndexOfAnyInRange((byte)0, (byte)8) >= 0 || head.IndexOfAnyInRange((byte)14, (byte)31) >= 0)
        {
            return false;
        }

        try
        {
            // The head may end inside a multi-byte character: decode without its last 3 bytes.
            var text = new UTF8Encoding(false, true).GetString(head.Length > 3 && head.Length == HeadLength ? head[..^3] : head);
            var firstLine = text.Split('\n')[0];
            return firstLine.Contains(',', StringComparison.Ordinal) || firstLine.Contains(';', StringComparison.Ordinal);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
