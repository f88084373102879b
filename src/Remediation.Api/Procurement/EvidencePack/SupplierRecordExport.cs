using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Serialization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Remediation.Api.Sheets;
using Remediation.Contracts.Procurement;
using SheetList = DocumentFormat.OpenXml.Spreadsheet.Sheets;

namespace Remediation.Api.Procurement.EvidencePack;

/// <summary>
/// A supplier's record as CSV (rows of section, name, value) and as an .xlsx workbook, for a buyer's modern slavery
/// statement. Both carry the same figures as the evidence pack; text that a spreadsheet would run as a formula is neutralised.
/// </summary>
public static class SupplierRecordExport
{
    public const string CsvContentType = "text/csv";

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] FactoryHeader =
        ["key", "name", "country", "sector", "migrant share %", "cases", "open cases", "repeated finding"];

    private static readonly string[] ContractHeader = ["id", "buyer", "title", "value band", "value currency", "starts", "ends"];

    private static readonly string[] CaseHeader =
        ["case", "factory", "stage", "outcome", "opened", "closed", "highest supplier level", "workers", "days late"];

    public static string Csv(SupplierView supplier)
    {
        ArgumentNullException.ThrowIfNull(supplier);
        var csv = new StringBuilder("section,name,value\r\n");
        void Row(string section, string name, object? value) =>
            csv.Append(CsvCell.Of(section)).Append(',').Append(CsvCell.Of(name)).Append(',').Append(CsvCell.Of(Text(value))).Append("\r\n");

        foreach (var (section, name, value) in RecordRows(supplier))
        {
            Row(section, name, value);
        }

        foreach (var indicator in supplier.Indicators)
        {
            Row("indicator", indicator.Name, (object?)indicator.Number ?? indicator.Value);
        }

        // One row per field, keyed by the first column: a factory's key, a contract's or a case's id.
        foreach (var (section, header, rows) in Tables(supplier))
        {
            foreach (var row in rows)
            {
                var key = Text(row[0]);
                Row(section, key, row[1]);
                for (var c = 2; c < header.Count; c++)
                {
                    Row(section, $"{key} {header[c]}", row[c]);
                }
            }
        }

        return csv.ToString();
    }

    public static byte[] Xlsx(SupplierView supplier)
    {
        ArgumentNullException.ThrowIfNull(supplier);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new SheetList());
            AddSheet(workbook, sheets, "Record", ["section", "name", "value"],
                RecordRows(supplier).Select(r => (IReadOnlyList<object?>)[r.Section, r.Name, r.Value]));
            AddSheet(workbook, sheets, "Indicators", ["name", "value", "number"],
                supplier.Indicators.Select(i => (IReadOnlyList<object?>)[i.Name, i.Value, i.Number]));
            foreach (var (section, header, rows) in Tables(supplier))
            {
                AddSheet(workbook, sheets, section switch { "factory" => "Factories", "contract" => "Contracts", _ => "Cases" }, header, rows);
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The record's measures in the order the pack and the exports show them; numbers stay numbers.</summary>
    internal static IEnumerable<(string Name, object Value)> RecordFacts(SupplierRecordView record)
    {
        yield return ("cases", record.Cases);
        yield return ("open cases", record.OpenCases);
        foreach (var (stage, count) in record.CasesByStage)
        {
            yield return ($"cases at stage {stage}", count);
        }

        foreach (var (outcome, count) in record.CasesByOutcome)
        {
            yield return ($"cases with outcome {outcome}", count);
        }

        yield return ("workers", record.Workers);
        yield return ("workers owed", record.WorkersOwed);
        yield return ("workers paid", record.WorkersPaid);
        yield return ("workers verified", record.WorkersVerified);
        yield return ("overdue now", record.OverdueNow);
        yield return ("days late now", record.DaysLateNow);
        yield return ("days late in total", record.DaysLateTotal);
        yield return ("highest level", record.HighestLevel);
        for (var level = 1; level <= 4; level++)
        {
            var key = level.ToString(CultureInfo.InvariantCulture);
            yield return ($"cases reaching level {key}", record.CasesReachingLevel.GetValueOrDefault(key));
        }

        yield return ("factories with repeated findings", record.RepeatedFindingFactories);
        yield return ("cases at factories with repeated findings", record.RepeatedFindingCases);
        yield return ("median days to remediation", (object?)record.MedianDaysToRemediation ?? "none yet");
        yield return ("median days to first payment", (object?)record.MedianDaysToFirstPayment ?? "none yet");
        yield return ("workers with a confirmed receipt", record.WorkersWithReceipt);
        yield return ("workers who confirmed receipt themselves", record.WorkersSelfConfirmed);
        yield return ("self-confirmed %", (object?)record.SelfConfirmedPercent ?? "no receipt yet");
    }

    internal static string Text(object? value) => value switch
    {
        null => string.Empty,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The band as the API writes it ("1m-10m").</summary>
    internal static string Band(ContractValueBand band) =>
        typeof(ContractValueBand).GetField(band.ToString())?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? band.ToString();

    private static IEnumerable<(string Section, string Name, object? Value)> RecordRows(SupplierView supplier)
    {
        yield return ("supplier", "id", supplier.Id);
        yield return ("supplier", "name", supplier.Name);
        yield return ("supplier", "as of", supplier.AsOf.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        foreach (var (name, value) in RecordFacts(supplier.Record))
        {
            yield return ("record", name, value);
        }

        // Money stays as the exact decimal text the API serves, per currency and never converted.
        foreach (var totals in supplier.Record.Totals)
        {
            yield return ("money", $"{totals.Currency} confirmed", Money(totals.Confirmed));
            yield return ("money", $"{totals.Currency} paid", Money(totals.Paid));
            yield return ("money", $"{totals.Currency} verified", Money(totals.Verified));
            yield return ("money", $"{totals.Currency} outstanding", Money(totals.Outstanding));
        }
    }

    private static IEnumerable<(string Section, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows)> Tables(SupplierView supplier)
    {
        yield return ("factory", FactoryHeader, supplier.Factories.Select(f => (IReadOnlyList<object?>)
            [f.Key, f.Name, f.Country, f.Sector, f.MigrantSharePercent, f.Cases, f.OpenCases, f.RepeatedFinding ? "yes" : "no"]));
        yield return ("contract", ContractHeader, supplier.Contracts.Select(c => (IReadOnlyList<object?>)
            [c.Id, c.Buyer, c.Title, Band(c.ValueBand), c.ValueCurrency, Date(c.StartsOn), c.EndsOn is { } ends ? Date(ends) : null]));
        yield return ("case", CaseHeader, supplier.Cases.Select(c => (IReadOnlyList<object?>)
            [c.CaseId, c.FactoryKey, c.Stage.ToString(), c.Outcome?.ToString(), Stamp(c.OpenedAt), Stamp(c.ClosedAt), c.HighestSupplierLevel,
                c.Workers, c.DaysLate]));
    }

    private static string? Stamp(DateTimeOffset? at) =>
        at?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Money as a number cell when it is one; the CSV writes the same digits either way.</summary>
    private static object Money(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? new MoneyAmount(value, text)
            : text;

    private static void AddSheet(
        WorkbookPart workbook, SheetList sheets, string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var number = 1u;
        foreach (var row in rows.Prepend([.. header]))
        {
            var line = new Row { RowIndex = number };
            for (var c = 0; c < row.Count; c++)
            {
                if (Cell(row[c], $"{(char)('A' + c)}{number}") is { } cell)
                {
                    line.Append(cell);
                }
            }

            data.Append(line);
            number++;
        }

        part.Worksheet = new Worksheet(data);
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = name });
    }

    private static Cell? Cell(object? value, string reference) => value switch
    {
        null => null,
        int i => Numeric(reference, i.ToString(CultureInfo.InvariantCulture)),
        long l => Numeric(reference, l.ToString(CultureInfo.InvariantCulture)),
        decimal d => Numeric(reference, d.ToString(CultureInfo.InvariantCulture)),
        MoneyAmount m => Numeric(reference, m.Value.ToString(CultureInfo.InvariantCulture)),
        _ => new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(Neutral(Text(value))) { Space = SpaceProcessingModeValues.Preserve }),
        },
    };

    private static Cell Numeric(string reference, string digits) =>
        new() { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(digits) };

    /// <summary>As <see cref="CsvCell"/> does: text a spreadsheet would evaluate gets a leading apostrophe.</summary>
    private static string Neutral(string text) => SheetTable.LooksLikeFormula(text) ? "'" + text : text;

    /// <summary>An amount with the text the API served ("1200.00"), so the CSV keeps its trailing zeros.</summary>
    private sealed record MoneyAmount(decimal Value, string Served)
    {
        public override string ToString() => Served;
    }
}
