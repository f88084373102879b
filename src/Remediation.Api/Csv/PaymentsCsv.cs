using Remediation.Domain.Validation;
using Remediation.Workflows.Commands.Payments;

namespace Remediation.Api.Csv;

/// <summary>Payments as CSV, one row per payment: <c>ref,paymentId,amount,currency,paidOn,method</c> (as payroll systems export them).</summary>
public static class PaymentsCsv
{
    public static readonly IReadOnlyList<string> Header = ["ref", "paymentId", "amount", "currency", "paidOn", "method"];

    public static PaymentsPayload Read(CsvTable table, ErrorList errors)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = new CsvColumns(table, Header, errors);
        if (!columns.HeaderMatches())
        {
            return new PaymentsPayload([]);
        }

        return new PaymentsPayload([.. Enumerable.Range(0, table.Rows.Count).Select(row => new PaymentPayload(
            columns.Text(row, "ref"), columns.Text(row, "paymentId"), columns.Number(row, "amount"), columns.Text(row, "currency"),
            columns.Date(row, "paidOn"), columns.Text(row, "method")))]);
    }
}
