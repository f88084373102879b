using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Remediation.Domain.Validation;

namespace Remediation.Api.Sheets;

/// <summary>
/// Reads the first sheet of an .xlsx workbook (Open XML SDK). Cell values are taken as the text the file stores, so
/// numbers are parsed as exact decimals, never through floating point; row numbers are the sheet's own.
/// </summary>
public static class XlsxSheet
{
    /// <summary>Bounds what one part of the workbook may expand to, so a small zip cannot become gigabytes.</summary>
    private const long MaxCharactersInPart = 64L * 1024 * 1024;

    public static (SheetTable? Table, IReadOnlyList<FieldError> Problems) Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var workbook = document.WorkbookPart;
            var sheet = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                return (null, [Problem("The workbook has no sheet.")]);
            }

            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            var rows = new List<(int Number, Dictionary<int, string> Cells)>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var number = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1));
                var cells = new Dictionary<int, string>();
                var next = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
                    next = column + 1;
                    var value = ValueOf(cell, shared);
                    if (value.Length > 0)
                    {
                        cells[column] = value;
                    }
                }

                if (cells.Count > 0)
                {
                    rows.Add((number, cells));
                }
            }

            if (rows.Count < 2)
            {
                return (null, [Problem("The first sheet needs the header row and at least one data row.")]);
            }

            var width = rows[0].Cells.Keys.Max() + 1;
            var header = Enumerable.Range(0, width).Select(c => rows[0].Cells.GetValueOrDefault(c, string.Empty).Trim()).ToList();
            var problems = new List<FieldError>();
            var data = new List<SheetRow>();
            foreach (var (number, cells) in rows.Skip(1))
            {
                if (cells.Keys.Max() >= width)
                {
                    problems.Add(FieldError.InRow(number, $"Row {number} has cells beyond the header's {width} columns."));
                    continue;
                }

                data.Add(new SheetRow(number, [.. Enumerable.Range(0, width).Select(c => cells.GetValueOrDefault(c, string.Empty))]));
            }

            return problems.Count > 0 ? (null, problems) : (new SheetTable(header, data, "XLSX (first sheet)", fromXlsx: true), []);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FormatException or InvalidOperationException or ArgumentException)
        {
            return (null, [Problem("The body is not a readable .xlsx workbook; save it from Excel as 'Excel Workbook (.xlsx)' or send CSV.")]);
        }
    }

    private static FieldError Problem(string message) => new("$", message);

    private static string ValueOf(Cell cell, List<string> shared)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        var text = cell.CellValue?.Text ?? string.Empty;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(text, out var index) && index >= 0 && index < shared.Count ? shared[index] : string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return text == "1" ? "true" : "false";
        }

        return text;
    }

    /// <summary>"C7" is column 2 (A is 0).</summary>
    private static int ColumnIndex(string reference)
    {
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return column - 1;
    }
}
