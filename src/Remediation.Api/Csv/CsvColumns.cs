using System.Globalization;
using Remediation.Domain.Validation;

namespace Remediation.Api.Csv;

/// <summary>Reads named columns of a <see cref="CsvTable"/>, reporting problems by row and column as JSON-like paths.</summary>
public sealed class CsvColumns(CsvTable table, IReadOnlyList<string> expected, ErrorList errors)
{
    public bool HeaderMatches()
    {
        if (table.Header.SequenceEqual(expected, StringComparer.Ordinal))
        {
            return true;
        }

        errors.Add("$.csv.header", $"The header row must be exactly: {string.Join(",", expected)}");
        return false;
    }

    public string? Text(int row, string column)
    {
        var value = table.Rows[row][Index(column)].Trim();
        if (CsvTable.LooksLikeFormula(value))
        {
            errors.Add(Path(row, column), "A cell must not start with = + - @ (it could run as a spreadsheet formula).");
            return null;
        }

        return value.Length == 0 ? null : value;
    }

    public decimal? Number(int row, string column)
    {
        var value = table.Rows[row][Index(column)].Trim();
        if (value.Length == 0)
        {
            return null;
        }

        if (decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add(Path(row, column), "Must be a positive decimal number with a '.' as decimal separator.");
        return null;
    }

    public DateOnly? Date(int row, string column)
    {
        var value = table.Rows[row][Index(column)].Trim();
        if (value.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(Path(row, column), "Must be a date as yyyy-MM-dd.");
        return null;
    }

    public static string Path(int row, string column) => $"$.csv[{row + 1}].{column}";

    private int Index(string column) => expected.ToList().IndexOf(column);
}
