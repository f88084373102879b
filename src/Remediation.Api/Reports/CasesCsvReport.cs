using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Remediation.Api.Sheets;
using Remediation.Api.Routing;
using Remediation.Api.Views;
using Remediation.Domain;
using Remediation.Domain.Currencies;

namespace Remediation.Api.Reports;

/// <summary>
/// GET /reports/cases.csv (caseworkers): one row per case, redacted (no worker references, no free text), with
/// formula-like cells neutralised so the file is safe to open in a spreadsheet.
/// </summary>
public sealed class CasesCsvReport(CaseFacts facts)
{
    public static readonly IReadOnlyList<string> Header =
    [
        "caseId", "partnerId", "supplierId", "factoryCountry", "stage", "outcome", "priority", "deadline", "escalationLevel",
        "openedAt", "closedAt", "workers", "workersOwed", "workersVerified", "claimed", "confirmed", "paid", "verified", "outstanding",
    ];

    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var csv = new StringBuilder().AppendJoin(',', Header).Append("\r\n");
        await foreach (var (c, ledger) in facts.AllAsync(request.Cancellation).ConfigureAwait(false))
        {
            string[] cells =
            [
                c.Id, c.PartnerId, c.SupplierId ?? string.Empty, c.Factory.Country.Code, c.Stage.ToString(), c.Outcome?.ToString() ?? string.Empty,
                c.Priority.ToWire(), Time(c.Deadline), ((int)c.EscalationLevel).ToString(CultureInfo.InvariantCulture),
                Time(c.OpenedAt), Time(c.ClosedAt),
                ledger.Workers.ToString(CultureInfo.InvariantCulture), ledger.WorkersOwed.ToString(CultureInfo.InvariantCulture),
                ledger.Count(Domain.Ledger.LedgerLineStatus.Verified).ToString(CultureInfo.InvariantCulture),
                Totals(ledger.Claimed), Totals(ledger.Confirmed), Totals(ledger.Paid), Totals(ledger.Verified), Totals(ledger.Outstanding),
            ];
            csv.AppendJoin(',', cells.Select(CsvCell.Of)).Append("\r\n");
        }

        return Results.Text(csv.ToString(), "text/csv; charset=utf-8");
    }

    private static string Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>"THB 20000.00; USD 1500.00": one cell per kind of total, every currency in it.</summary>
    private static string Totals(MoneyTotals totals) =>
        string.Join("; ", totals.WithoutZeros().Amounts.Select(m => $"{m.Currency.Code} {CaseViews.Text(m)}"));
}
