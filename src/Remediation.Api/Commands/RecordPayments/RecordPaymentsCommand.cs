using Remediation.Api.Routing;
using Remediation.Contracts.Commands;
using Remediation.Domain.Cases;
using Remediation.Workflows.Commands.Payments;

namespace Remediation.Api.Commands.RecordPayments;

/// <summary>
/// RecordPayments: the supplier records what it paid workers, as JSON or as its payroll export
/// (<see cref="PaymentsSheet"/>); each payment id makes resending a batch safe.
/// </summary>
public static class RecordPaymentsCommand
{
    public static readonly PaymentsRequest Example = new()
    {
        Payments =
        [
            new PaymentRequest
            {
                Ref = "MM-00001",
                PaymentId = "PAY-2027-01-00001",
                Amount = 10000.00m,
                Currency = "THB",
                PaidOn = new DateOnly(2027, 1, 10),
                Method = "bank_transfer",
            },
        ],
    };

    public static ApiRoute Route(CommandEndpoint command) => CommandRoute.For(
        "RecordPayments", "cases/{caseId}/payments", "Record payments (suppliers)",
        typeof(PaymentsRequest), Example, sheet: true,
        "JSON, or a payroll spreadsheet (CSV or .xlsx, first sheet) with the columns " + string.Join(",", PaymentsSheet.Header) +
            ". When every confirmed amount is paid the case moves to Verification by itself.",
        r => command.HandleAsync<PaymentsRequest, PaymentsPayload>(r, CaseCommand.RecordPayments, batch: true, ToPayload, PaymentsSheet.Read));

    public static PaymentsPayload ToPayload(PaymentsRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new([.. r.Payments.Select(p => new PaymentPayload(p.Ref, p.PaymentId, p.Amount, p.Currency, p.PaidOn, p.Method, p.EvidenceIds))]);
    }
}
