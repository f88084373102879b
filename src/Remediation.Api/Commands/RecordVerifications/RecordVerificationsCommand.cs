using Remediation.Api.Routing;
using Remediation.Contracts.Commands;
using Remediation.Domain.Cases;
using Remediation.Workflows.Commands.Receipts;

namespace Remediation.Api.Commands.RecordVerifications;

/// <summary>
/// RecordVerifications (the case command RecordReceipts): the monitoring partner records what workers said about the
/// money they received, as JSON or as a spreadsheet (<see cref="ReceiptsSheet"/>); a disputed receipt makes the money owed again.
/// </summary>
public static class RecordVerificationsCommand
{
    public static readonly ReceiptsRequest Example = new()
    {
        Receipts =
        [
            new ReceiptRequest
            {
                Ref = "MM-00001",
                ReceiptId = "RC-00001",
                Received = true,
                Amount = 20000.00m,
                Currency = "THB",
                Method = "bank_transfer",
                ConfirmedOn = new DateOnly(2027, 3, 1),
            },
        ],
    };

    public static ApiRoute Route(CommandEndpoint command) => CommandRoute.For(
        "RecordVerifications", "cases/{caseId}/verifications", "Record workers' receipt confirmations (partners)",
        typeof(ReceiptsRequest), Example, sheet: true,
        "JSON, or a spreadsheet (CSV or .xlsx, first sheet) with the columns " + string.Join(",", ReceiptsSheet.Header) +
            ". A disputed receipt makes the money owed again.",
        r => command.HandleAsync<ReceiptsRequest, ReceiptsPayload>(r, CaseCommand.RecordReceipts, batch: true, ToPayload, ReceiptsSheet.Read));

    public static ReceiptsPayload ToPayload(ReceiptsRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new([.. r.Receipts.Select(c => new ReceiptPayload(
            c.Ref, c.ReceiptId, c.Received, c.Amount, c.Currency, c.Method, c.RetaliationReported, c.ConfirmedOn, c.EvidenceIds))]);
    }
}
