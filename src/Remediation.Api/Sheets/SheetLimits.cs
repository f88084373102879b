using Remediation.Domain.Intake;

namespace Remediation.Api.Sheets;

/// <summary>
/// Hard limits on what a spreadsheet may make the server read, whatever its size on the wire: a 1 KB .xlsx can
/// declare a cell in column ZZZZZZ or expand to gigabytes. Every reader stops at the first limit it meets and says
/// which, in words a partner can act on.
/// </summary>
public static class SheetLimits
{
    /// <summary>The widest sheet a route reads has 9 columns; the rest is room for a few columns too many, which are then named.</summary>
    public const int MaxColumns = 50;

    /// <summary>Data rows with something in them: one request's batch.</summary>
    public const int MaxDataRows = IntakeLimits.MaxWorkersPerRequest;

    /// <summary>Rows of an .xlsx sheet, empty or not (formatting alone makes rows).</summary>
    public const int MaxRowElements = 4 * MaxDataRows;

    /// <summary>Cells of an .xlsx sheet, empty or not.</summary>
    public const int MaxCells = (MaxDataRows + 1) * MaxColumns;

    public const int MaxSharedStrings = MaxCells;

    /// <summary>
    /// Bytes an .xlsx part may expand to when read (the sheet, the shared strings): a sheet of 5,000 rows of nine
    /// columns is about 2 MB of XML.
    /// </summary>
    public const long MaxBytesInPart = 16L * 1024 * 1024;

    /// <summary>Characters a part the Open XML SDK loads whole may have (the workbook and its relationships).</summary>
    public const long MaxCharactersInSmallPart = 1024 * 1024;

    /// <summary>Files inside an .xlsx package.</summary>
    public const int MaxPackageEntries = 500;

    public static readonly TimeSpan MaxReadTime = TimeSpan.FromSeconds(10);

    public static string TooLarge =>
        $"The workbook expands to more than {MaxBytesInPart / (1024 * 1024)} MB when unpacked; " +
        $"send at most {MaxDataRows} rows per request, as a plain workbook or CSV.";

    public static string TooManyCells =>
        $"The sheet has more than {MaxCells} cells; send at most {MaxDataRows} rows of the route's columns per request.";

    public static string TooManyRows =>
        $"The spreadsheet has more than {MaxDataRows} rows of data; send at most {MaxDataRows} per request (split the file).";

    public static string TooWide(string where) =>
        $"The spreadsheet has a cell beyond its first {MaxColumns} columns ({where}); remove the extra columns.";

    /// <summary>"A" is 0, "Z" 25, "AA" 26; -1 for anything past <see cref="MaxColumns"/> (or not a column at all).</summary>
    public static int ColumnIndex(ReadOnlySpan<char> letters)
    {
        var column = 0;
        foreach (var c in letters)
        {
            if (!char.IsAsciiLetter(c) || column > MaxColumns)
            {
                return -1;
            }

            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return letters.IsEmpty || column > MaxColumns ? -1 : column - 1;
    }
}

/// <summary>A spreadsheet met one of <see cref="SheetLimits"/>; the message says which.</summary>
public sealed class SheetLimitException : Exception
{
    public SheetLimitException()
    {
    }

    public SheetLimitException(string message)
        : base(message)
    {
    }

    public SheetLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
