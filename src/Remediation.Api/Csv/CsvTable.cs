using System.Text;

namespace Remediation.Api.Csv;

/// <summary>
/// A strict RFC 4180 reader: a header row, then rows of the same width; quoted fields may hold commas, quotes and
/// line breaks. Cells that a spreadsheet would run as a formula (= + - @ at the start of text) are refused by the
/// callers, which know which columns are numbers.
/// </summary>
public sealed class CsvTable
{
    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        Header = header;
        Rows = rows;
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    /// <summary>The table, or the first problem (with its 1-based line).</summary>
    public static (CsvTable? Table, string? Problem) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                line++;
            }
            else if (c == '"')
            {
                return (null, $"Line {line}: a quote inside an unquoted field; quote the whole field and double the quote.");
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            return (null, $"Line {line}: a quoted field is not closed.");
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        records.RemoveAll(r => r.Count == 1 && r[0].Length == 0);
        if (records.Count < 2)
        {
            return (null, "A CSV body needs the header row and at least one data row.");
        }

        var header = records[0].Select(h => h.Trim()).ToList();
        for (var r = 1; r < records.Count; r++)
        {
            if (records[r].Count != header.Count)
            {
                return (null, $"Row {r} has {records[r].Count} fields; the header has {header.Count}.");
            }
        }

        return (new CsvTable(header, records.Skip(1).Select(r => (IReadOnlyList<string>)r).ToList()), null);
    }

    /// <summary>True for text a spreadsheet would execute as a formula.</summary>
    public static bool LooksLikeFormula(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '|';
}
