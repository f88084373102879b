using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Remediation.Api.Procurement.EvidencePack;

namespace Remediation.Api.Tests.Procurement;

/// <summary>The record exports for a modern slavery statement: the same figures in CSV and XLSX, formulas neutralised.</summary>
public class SupplierRecordExportTests
{
    [Fact]
    public void Csv_lists_the_record_money_indicators_factories_contracts_and_cases()
    {
        var lines = SupplierRecordExport.Csv(SupplierSample.View()).Split("\r\n");

        Assert.Equal("section,name,value", lines[0]);
        foreach (var expected in new[]
        {
            "supplier,id,SUP-ACME", "record,cases,3", "record,open cases,2", "record,days late now,12.5", "record,cases reaching level 3,1",
            "record,cases reaching level 4,0", "record,median days to first payment,none yet", "record,self-confirmed %,75",
            "money,GBP confirmed,1200.00", "money,GBP outstanding,700.00", "money,MYR outstanding,98000.50",
            "indicator,openCases,2", "indicator,countries,\"VN, TH\"",
            "factory,F-VN-1,Hanoi Precision Co.", "factory,F-VN-1 cases,2", $"factory,F-TH-2,{SupplierSample.ThaiFactoryName}",
            "contract,CCS-1,Crown Commercial Service", "contract,CCS-1 value band,1m-10m", "contract,CCS-1 ends,",
            "case,CASE-2026-0003,F-TH-2", "case,CASE-2026-0003 outcome,Remediated", "case,CASE-2026-0002 days late,3.0",
        })
        {
            Assert.Contains(expected, lines);
        }

        Assert.DoesNotContain(lines, l => l.Contains("retaliation", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_supplier_name_that_looks_like_a_formula_is_neutralised_in_both()
    {
        var supplier = SupplierSample.View(name: "=HYPERLINK(\"http://x\")");

        Assert.Contains("supplier,name,\"'=HYPERLINK(\"\"http://x\"\")\"", SupplierRecordExport.Csv(supplier).Split("\r\n"));
        var record = Sheet(SupplierRecordExport.Xlsx(supplier), "Record");
        Assert.Equal("'=HYPERLINK(\"http://x\")", record.Single(r => r[0].Text == "supplier" && r[1].Text == "name")[2].Text);
    }

    [Fact]
    public void Xlsx_holds_the_same_numbers_as_numeric_cells_on_five_sheets()
    {
        var supplier = SupplierSample.View();
        var bytes = SupplierRecordExport.Xlsx(supplier);

        using (var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            var names = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
            Assert.Equal(["Record", "Indicators", "Factories", "Contracts", "Cases"], names);
        }

        // Every record and money row of the CSV is a row of the Record sheet with the same value, numbers as numbers.
        var record = Sheet(bytes, "Record");
        Assert.Equal(["section", "name", "value"], record[0].Select(c => c.Text));
        var csvRows = SupplierRecordExport.Csv(supplier).Split("\r\n").Skip(1)
            .Where(l => l.StartsWith("record,", StringComparison.Ordinal) || l.StartsWith("money,", StringComparison.Ordinal)).ToList();
        Assert.Equal(csvRows.Count, record.Count(r => r[0].Text is "record" or "money"));
        foreach (var row in record.Where(r => r[0].Text is "record" or "money"))
        {
            var csvValue = csvRows.Single(l => l.StartsWith($"{row[0].Text},{row[1].Text},", StringComparison.Ordinal)).Split(',')[2];
            Assert.Equal(decimal.TryParse(csvValue, System.Globalization.CultureInfo.InvariantCulture, out var n), row[2].Numeric);
            Assert.Equal(row[2].Numeric ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : csvValue, row[2].Text);
        }

        Assert.Equal("700.00", record.Single(r => r[1].Text == "GBP outstanding")[2].Text.PadRight(6, '0'));
        var factories = Sheet(bytes, "Factories");
        Assert.Equal(("2", true), (factories[1][5].Text, factories[1][5].Numeric));
        Assert.Equal(SupplierSample.ThaiFactoryName, factories[2][1].Text);
        var cases = Sheet(bytes, "Cases");
        Assert.Equal(4, cases.Count);
        Assert.Equal(("3.0", true), (cases[2][8].Text, cases[2][8].Numeric));
        var indicators = Sheet(bytes, "Indicators");
        Assert.Equal(("2", true), (indicators[1][2].Text, indicators[1][2].Numeric));
        Assert.Equal("1m-10m", Sheet(bytes, "Contracts")[1][3].Text);
    }

    /// <summary>A sheet's rows as cells (missing cells empty), each with its text and whether it is a number cell.</summary>
    private static List<List<(string Text, bool Numeric)>> Sheet(byte[] bytes, string name)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        return [.. part.Worksheet.Descendants<Row>().Select(row =>
        {
            var cells = new List<(string, bool)>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference!.Value![0] - 'A';
                while (cells.Count < column)
                {
                    cells.Add((string.Empty, false));
                }

                cells.Add(cell.DataType?.Value == CellValues.InlineString
                    ? (cell.InlineString!.InnerText, false)
                    : (cell.CellValue!.Text, cell.DataType?.Value == CellValues.Number));
            }

            return cells;
        })];
    }
}
