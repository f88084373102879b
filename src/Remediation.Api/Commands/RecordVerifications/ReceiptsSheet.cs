using Remediation.Api.Sheets;
using Remediation.Domain.Validation;
using Remediation.Workflows.Commands.Receipts;

namespace Remediation.Api.Commands.RecordVerifications;

/// <summary>
/// Receipt confirmations as partners collect them, one row per worker and currency:
/// <c>ref,receiptId,received,amount,currency,method,retaliationReported,confirmedOn</c>.
/// </summary>
public static class ReceiptsSheet
{
    public static readonly IReadOnlyList<string> Header =
        ["ref", "receiptId", "received", "amount", "currency", "method", "retaliationReported", "confirmedOn"];

    public static (ReceiptsPayload Payload, SheetRows Rows) Read(SheetTable table, ErrorList errors)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(errors);
        var rows = new SheetRows("receipts");
        var columns = new SheetColumns(table, Header, errors);
        if (!columns.HeaderMatches())
        {
            return (new ReceiptsPayload([]), rows);
        }

        var receipts = new List<ReceiptPayload>();
        foreach (var row in table.Rows)
        {
            rows.Add(row.Number);
            receipts.Add(new ReceiptPayload(
                columns.Text(row, "ref"), columns.Text(row, "receiptId"),
                columns.RequiredFlag(row, "received", "true (the worker confirms receipt) or false (the worker disputes it)"),
                columns.Number(row, "amount"), columns.Text(row, "currency"),
                columns.Text(row, "method"), columns.Flag(row, "retaliationReported") ?? false, columns.Date(row, "confirmedOn")));
        }

        return (new ReceiptsPayload(receipts), rows);
    }
}
