namespace Remediation.Api.Sheets;

/// <summary>One data row of a spreadsheet: its number as the spreadsheet shows it (the header is row 1) and its cells.</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string> Cells);

/// <summary>
/// A spreadsheet as the API reads it, from CSV or from the first sheet of an .xlsx file: the header row's names and
/// the data rows. <see cref="Source"/> says how it was read ("CSV with ';' as separator"), for messages.
/// </summary>
public sealed class SheetTable(IReadOnlyList<string> header, IReadOnlyList<SheetRow> rows, string source, bool fromXlsx)
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public IReadOnlyList<string> Header { get; } = header;

    public IReadOnlyList<SheetRow> Rows { get; } = rows;

    public string Source { get; } = source;

    /// <summary>Dates in .xlsx cells are day numbers unless typed as text.</summary>
    public bool FromXlsx { get; } = fromXlsx;

    /// <summary>True for text a spreadsheet would execute as a formula.</summary>
    public static bool LooksLikeFormula(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '|';
}
