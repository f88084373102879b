using System.Diagnostics;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Remediation.Domain.Validation;

namespace Remediation.Api.Sheets;

/// <summary>
/// Reads the first sheet of an .xlsx workbook. Cell values are taken as the text the file stores, so numbers are
/// parsed as exact decimals, never through floating point; row numbers are the sheet's own. The sheet and its shared
/// strings are streamed (never loaded as a document) within <see cref="SheetLimits"/>: columns, rows, cells, strings,
/// characters and time, so no small file can make the server build a huge one.
/// </summary>
public static class XlsxSheet
{
    public static (SheetTable? Table, IReadOnlyList<FieldError> Problems) Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var clock = Stopwatch.StartNew();
        try
        {
            CheckPackage(bytes);
            using var document = SpreadsheetDocument.Open(
                new MemoryStream(bytes, writable: false), false, new OpenSettings { MaxCharactersInPart = SheetLimits.MaxCharactersInSmallPart });
            var workbook = document.WorkbookPart;
            var sheet = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                return (null, [Problem("The workbook has no sheet.")]);
            }

            var shared = workbook.SharedStringTablePart is { } strings ? SharedStrings(strings, clock) : [];
            var rows = Rows(part, shared, clock);
            return rows.Count < 2 ? (null, [Problem("The first sheet needs the header row and at least one data row.")]) : Table(rows);
        }
        catch (SheetLimitException e)
        {
            return (null, [Problem(e.Message)]);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FormatException
            or InvalidOperationException or ArgumentException or XmlException or NotSupportedException or OverflowException)
        {
            return (null, [Problem("The body is not a readable .xlsx workbook; save it from Excel as 'Excel Workbook (.xlsx)' or send CSV.")]);
        }
    }

    private static (SheetTable? Table, IReadOnlyList<FieldError> Problems) Table(List<(int Number, Dictionary<int, string> Cells)> rows)
    {
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

    /// <summary>An .xlsx is a zip: a package of thousands of files is no workbook anyone saved.</summary>
    private static void CheckPackage(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > SheetLimits.MaxPackageEntries)
        {
            throw new SheetLimitException(
                $"The workbook holds more than {SheetLimits.MaxPackageEntries} files; save the sheet on its own as a new workbook or send CSV.");
        }
    }

    private static List<string> SharedStrings(SharedStringTablePart part, Stopwatch clock)
    {
        var strings = new List<string>();
        using var reader = Reader(part);
        reader.MoveToContent();
        while (!reader.EOF)
        {
            Check(clock);
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                if (strings.Count >= SheetLimits.MaxSharedStrings)
                {
                    throw new SheetLimitException(
                        $"The workbook has more than {SheetLimits.MaxSharedStrings} texts; send at most {SheetLimits.MaxDataRows} rows per request.");
                }

                // One string at a time as a small element (bounded by the part's limit); ReadFrom moves past it.
                strings.Add(TextOf((XElement)XNode.ReadFrom(reader)));
                continue;
            }

            reader.Read();
        }

        return strings;
    }

    private static List<(int Number, Dictionary<int, string> Cells)> Rows(WorksheetPart part, List<string> shared, Stopwatch clock)
    {
        var rows = new List<(int Number, Dictionary<int, string> Cells)>();
        using var reader = Reader(part);
        var (rowElements, cellElements, number, next) = (0, 0, 0, 0);
        Dictionary<int, string>? cells = null;
        reader.MoveToContent();
        while (!reader.EOF)
        {
            Check(clock);
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "row")
            {
                if (++rowElements > SheetLimits.MaxRowElements)
                {
                    throw new SheetLimitException(SheetLimits.TooManyRows);
                }

                number = int.TryParse(reader.GetAttribute("r"), out var r) && r > 0 ? r : number + 1;
                (cells, next) = (reader.IsEmptyElement ? null : [], 0);
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "row" && cells is not null)
            {
                if (cells.Count > 0)
                {
                    if (rows.Count > SheetLimits.MaxDataRows)
                    {
                        throw new SheetLimitException(SheetLimits.TooManyRows);
                    }

                    rows.Add((number, cells));
                }

                cells = null;
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c" && cells is not null)
            {
                if (++cellElements > SheetLimits.MaxCells)
                {
                    throw new SheetLimitException(SheetLimits.TooManyCells);
                }

                var cell = (XElement)XNode.ReadFrom(reader);
                var reference = (string?)cell.Attribute("r");
                var column = reference is null ? next : SheetLimits.ColumnIndex(reference.AsSpan().TrimEnd("0123456789"));
                if (column < 0 || column >= SheetLimits.MaxColumns)
                {
                    throw new SheetLimitException(SheetLimits.TooWide($"row {number}"));
                }

                next = column + 1;
                if (ValueOf(cell, shared) is { Length: > 0 } value)
                {
                    cells[column] = value;
                }

                continue;
            }

            reader.Read();
        }

        return rows;
    }

    /// <summary>The cell's text: a shared string, an inline string, a boolean, or the stored value as written.</summary>
    private static string ValueOf(XElement cell, List<string> shared)
    {
        var value = cell.Elements().FirstOrDefault(e => e.Name.LocalName == "v")?.Value ?? string.Empty;
        return (string?)cell.Attribute("t") switch
        {
            "inlineStr" => cell.Elements().FirstOrDefault(e => e.Name.LocalName == "is") is { } inline ? TextOf(inline) : string.Empty,
            "s" => int.TryParse(value, out var index) && index >= 0 && index < shared.Count ? shared[index] : string.Empty,
            "b" => value == "1" ? "true" : "false",
            _ => value,
        };
    }

    /// <summary>The text of a rich string: its runs' text, without phonetic guides (rPh), as Excel shows it.</summary>
    private static string TextOf(XElement text) =>
        string.Concat(text.Descendants()
            .Where(e => e.Name.LocalName == "t" && e.Ancestors().All(a => a.Name.LocalName != "rPh"))
            .Select(e => e.Value));

    private static XmlReader Reader(OpenXmlPart part) => XmlReader.Create(
        new BoundedStream(part.GetStream(FileMode.Open, FileAccess.Read), SheetLimits.MaxBytesInPart),
        new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            CloseInput = true,
        });

    private static void Check(Stopwatch clock)
    {
        if (clock.Elapsed > SheetLimits.MaxReadTime)
        {
            throw new SheetLimitException(
                $"The workbook took longer than {SheetLimits.MaxReadTime.TotalSeconds:0} seconds to read; " +
                "save it as a plain workbook of one sheet, or send CSV.");
        }
    }

    private static FieldError Problem(string message) => new("$", message);
}
