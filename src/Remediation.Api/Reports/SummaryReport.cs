using Microsoft.AspNetCore.Http;
using Remediation.Api.Json;
using Remediation.Api.Routing;
using Remediation.Api.Views;
using Remediation.Domain.Currencies;
using Remediation.Domain.Reporting;

namespace Remediation.Api.Reports;

/// <summary>
/// GET /reports/summary (caseworkers): money per currency across all cases, cases by stage and by escalation level,
/// and the median days from intake to first payment, to closing and in each stage. Read from the report facts'
/// dashboard aggregate (a few rows), never from the cases themselves.
/// </summary>
public sealed class SummaryReport(IReportFacts facts)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var all = await facts.DashboardAsync(request.Cancellation).ConfigureAwait(false);
        return Results.Json(
            new Contracts.Reports.SummaryReport
            {
                Cases = all.Cases,
                Totals = CaseViews.Totals(all.Claimed, all.Confirmed, all.Paid, all.Verified),
                CasesByStage = all.ByStage,
                CasesByEscalationLevel = all.ByLevel,
                MedianDaysIntakeToFirstPayment = all.ToFirstPayment.MedianDays(),
                MedianDaysIntakeToClosed = all.ToClosed.MedianDays(),
                MedianDaysInStage = all.InStage.Where(p => p.Value.Count > 0).ToDictionary(p => p.Key, p => p.Value.MedianDays()!.Value),
                PaymentsByMonth =
                [
                    .. all.PaymentsByMonth.Select(p => new Contracts.Reports.MonthlyPayments
                    {
                        Month = p.Key,
                        Amounts = [.. MoneyTotals.OfCodes(p.Value).WithoutZeros().Amounts.Select(CaseViews.Money)],
                    }),
                ],
            },
            ApiJson.Options);
    }
}
