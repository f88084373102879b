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
public sealed class CasesCsvReport(Domain.Reporting.IReportFacts facts)
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
        // One narrow row per case from the report facts, not the case and its ledger.
        await foreach (var c in facts.AllCasesAsync(request.Cancellation).ConfigureAwait(false))
        {
            var (confirmed, paid) = (MoneyTotals.OfCodes(c.Confirmed), MoneyTotals.OfCodes(c.Paid));
            string[] cells =
            [
                c.CaseId, c.PartnerId, c.SupplierId ?? string.Empty, c.Country, c.Stage.ToString(), c.Outcome?.ToString() ?? string.Empty,
                c.Priority.ToWire(), Time(c.Deadline), c.Level.ToString(CultureInfo.InvariantCulture),
                Time(c.OpenedAt), Time(c.ClosedAt),
                c.Workers.ToString(CultureInfo.InvariantCulture), c.WorkersOwed.ToString(CultureInfo.InvariantCulture),
                c.WorkersVerified.ToString(CultureInfo.InvariantCulture),
                Totals(MoneyTotals.OfCodes(c.Claimed)), Totals(confirmed), Totals(paid), Totals(MoneyTotals.OfCodes(c.Verified)),
                Totals(confirmed.Minus(paid)),
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
