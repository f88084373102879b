using System.Globalization;
using nietras.SeparatedValues;
using Remediation.Domain.Validation;

namespace Remediation.Api.Sheets;

/// <summary>
/// Reads CSV as spreadsheets write it (Sep): UTF-8 with or without a byte-order mark (Excel's "CSV UTF-8"),
/// ',' or ';' as separator (European Excel writes ';'; the header row decides), CRLF or LF, quoted fields with
/// separators, quotes and line breaks inside. Within <see cref="SheetLimits"/>: a row wider than the limit or a row past
/// the last one a request may hold stops the reading at once.
/// </summary>
public static class CsvSheet
{
    public static (SheetTable? Table, IReadOnlyList<FieldError> Problems) Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.TrimStart('\uFEFF');
        var separator = SeparatorOf(text);
        var source = $"CSV with '{separator}' as separator";
        var problems = new List<FieldError>();
        var records = new List<string[]>();
        try
        {
            using var reader = Sep.Reader(o => o with { Sep = new Sep(separator), HasHeader = false, Unescape = true, DisableColCountCheck = true })
                .FromText(text);
            foreach (var row in reader)
            {
                if (row.ColCount > SheetLimits.MaxColumns)
                {
                    return (null, [FieldError.InRow(records.Count + 1, SheetLimits.TooWide($"row {records.Count + 1}, read as {source}"))]);
                }

                var record = new string[row.ColCount];
                for (var c = 0; c < record.Length; c++)
                {
                    record[c] = row[c].ToString();
                }

                if (record.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (records.Count > SheetLimits.MaxDataRows)
                {
                    return (null, [FieldError.InRow(records.Count + 1, SheetLimits.TooManyRows)]);
                }

                records.Add(record);
            }
        }
        catch (InvalidDataException)
        {
            problems.Add(FieldError.InRow(
                records.Count + 1,
                $"Row {records.Count + 1} could not be read as {source}; " +
                "check its quotes (a quoted field must be closed, and a quote inside it doubled: \"\")."));
        }

        if (problems.Count == 0 && text.Count(c => c == '"') % 2 == 1)
        {
            problems.Add(FieldError.InRow(1, $"The file has an odd number of quotes: a quoted field is not closed ({source})."));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        if (records.Count < 2)
        {
            return (null, [FieldError.InRow(1, $"The file ({source}) needs the header row and at least one data row.")]);
        }

        var header = records[0].Select(h => h.Trim()).ToList();
        var rows = new List<SheetRow>();
        for (var r = 1; r < records.Count; r++)
        {
            if (records[r].Length != header.Count)
            {
                problems.Add(FieldError.InRow(r + 1, $"Row {r + 1} has {records[r].Length} cells; the header has {header.Count} ({source})."));
                continue;
            }

            rows.Add(new SheetRow(r + 1, records[r]));
        }

        return problems.Count > 0 ? (null, problems) : (new SheetTable(header, rows, source, fromXlsx: false), []);
    }

    /// <summary>';' when the header row has more of them than ',' (outside quotes), else ','.</summary>
    private static char SeparatorOf(string text)
    {
        var (commas, semicolons, quoted) = (0, 0, false);
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted)
            {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
            }
        }

        return semicolons > commas ? ';' : ',';
    }
}
