using Remediation.Api.Sheets;
using Remediation.Domain.Validation;
using Remediation.Workflows.Commands.Payments;

namespace Remediation.Api.Commands.RecordPayments;

/// <summary>Payments as payroll systems export them, one row per payment: <c>ref,paymentId,amount,currency,paidOn,method</c>.</summary>
public static class PaymentsSheet
{
    public static readonly IReadOnlyList<string> Header = ["ref", "paymentId", "amount", "currency", "paidOn", "method"];

    public static (PaymentsPayload Payload, SheetRows Rows) Read(SheetTable table, ErrorList errors)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = new SheetRows("payments");
        var columns = new SheetColumns(table, Header, errors);
        if (!columns.HeaderMatches())
        {
            return (new PaymentsPayload([]), rows);
        }

        var payments = new List<PaymentPayload>();
        foreach (var row in table.Rows)
        {
            rows.Add(row.Number);
            payments.Add(new PaymentPayload(
                columns.Text(row, "ref"), columns.Text(row, "paymentId"), columns.Number(row, "amount"), columns.Text(row, "currency"),
                columns.Date(row, "paidOn"), columns.Text(row, "method")));
        }

        return (new PaymentsPayload(payments), rows);
    }
}
