using System.Globalization;
using Remediation.Domain.Validation;

namespace Remediation.Api.Sheets;

/// <summary>Reads named columns of a <see cref="SheetTable"/>, reporting each bad cell by row and column as the spreadsheet shows them.</summary>
public sealed class SheetColumns(SheetTable table, IReadOnlyList<string> expected, ErrorList errors)
{
    private readonly Dictionary<string, int> index = table.Header
        .Select((name, i) => (name, i))
        .GroupBy(p => p.name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);

    /// <summary>Every expected column is there, once, in any order, and no other (an unknown column could carry personal data).</summary>
    public bool HeaderMatches()
    {
        var missing = expected.Where(c => !index.ContainsKey(c)).ToList();
        var unknown = table.Header.Where(c => !expected.Contains(c, StringComparer.Ordinal)).ToList();
        var repeated = table.Header.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (missing.Count == 0 && unknown.Count == 0 && repeated.Count == 0)
        {
            return true;
        }

        var found = string.Join(", ", table.Header.Select(h => h.Length == 0 ? "(empty)" : h));
        var what = new List<string>();
        if (missing.Count > 0)
        {
            what.Add($"missing: {string.Join(", ", missing)}");
        }

        if (unknown.Count > 0)
        {
            what.Add($"not allowed: {string.Join(", ", unknown.Select(u => u.Length == 0 ? "(empty)" : u))}");
        }

        if (repeated.Count > 0)
        {
            what.Add($"repeated: {string.Join(", ", repeated)}");
        }

        errors.Add(FieldError.InRow(
            1,
            $"The header row must name the columns {string.Join(", ", expected)} (in any order). "
                + $"Read as {table.Source}, it has {table.Header.Count} column(s): {found}; {string.Join("; ", what)}."));
        return false;
    }

    public string? Text(SheetRow row, string column)
    {
        ArgumentNullException.ThrowIfNull(row);
        var value = Cell(row, column);
        if (SheetTable.LooksLikeFormula(value))
        {
            errors.Add(FieldError.InSheet(row.Number, column, "A cell must not start with = + - @ (it could run as a spreadsheet formula)."));
            return null;
        }

        return value.Length == 0 ? null : value;
    }

    public decimal? Number(SheetRow row, string column)
    {
        ArgumentNullException.ThrowIfNull(row);
        var value = Cell(row, column);
        if (value.Length == 0)
        {
            return null;
        }

        var styles = table.FromXlsx ? NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent : NumberStyles.AllowDecimalPoint;
        if (decimal.TryParse(value, styles, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add(FieldError.InSheet(
            row.Number, column, "Must be a positive number with '.' as the decimal separator and no thousands separator (20000.50)."));
        return null;
    }

    public DateOnly? Date(SheetRow row, string column)
    {
        ArgumentNullException.ThrowIfNull(row);
        var value = Cell(row, column);
        if (value.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        // A date cell of a workbook is a day number counted from 1899-12-30 (a fraction is the time of day).
        if (table.FromXlsx
            && decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial)
            && serial is >= 1 and < 2958466)
        {
            return new DateOnly(1899, 12, 30).AddDays((int)decimal.Truncate(serial));
        }

        errors.Add(FieldError.InSheet(row.Number, column, "Must be a date as yyyy-MM-dd (or a date cell in .xlsx)."));
        return null;
    }

    /// <summary>A true/false cell that must not be empty.</summary>
    public bool RequiredFlag(SheetRow row, string column, string whatItMeans)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (Cell(row, column).Length == 0)
        {
            errors.Add(FieldError.InSheet(row.Number, column, $"Required: {whatItMeans}."));
            return false;
        }

        return Flag(row, column) ?? false;
    }

    public bool? Flag(SheetRow row, string column)
    {
        ArgumentNullException.ThrowIfNull(row);
        var value = Cell(row, column).ToUpperInvariant();
        switch (value)
        {
            case "":
                return null;
            case "TRUE" or "YES" or "1":
                return true;
            case "FALSE" or "NO" or "0":
                return false;
            default:
                errors.Add(FieldError.InSheet(row.Number, column, "Must be true or false (yes or no)."));
                return null;
        }
    }

    private string Cell(SheetRow row, string column) => row.Cells[index[column]].Trim();
}
