namespace Remediation.Api.Sheets;

/// <summary>Writes CSV cells that are safe to open in a spreadsheet: quoted when needed, formulas neutralised.</summary>
public static class CsvCell
{
    public static string Of(string? value)
    {
        var text = value ?? string.Empty;
        if (SheetTable.LooksLikeFormula(text))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
