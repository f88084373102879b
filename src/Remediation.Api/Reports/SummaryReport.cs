using Remediation.Domain.Cases;
using Remediation.Domain.Paging;
using Microsoft.AspNetCore.Http;
using Remediation.Api.Json;
using Remediation.Api.Routing;
using Remediation.Api.Views;
using Remediation.Domain.Currencies;

namespace Remediation.Api.Reports;

/// <summary>
/// GET /reports/summary (caseworkers): money per currency across all cases, cases by stage and by escalation level,
/// and the median days from intake to first payment and from intake to closing.
/// </summary>
public sealed class SummaryReport(CaseFacts facts, Domain.Timeline.ITimelineStore timelines)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (claimed, confirmed, paid, verified) = (MoneyTotals.Empty, MoneyTotals.Empty, MoneyTotals.Empty, MoneyTotals.Empty);
        var byStage = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var byLevel = new SortedDictionary<int, int>();
        var toFirstPayment = new List<TimeSpan>();
        var toClosed = new List<TimeSpan>();
        var inStage = new SortedDictionary<string, List<TimeSpan>>(StringComparer.Ordinal);
        var byMonth = new SortedDictionary<string, MoneyTotals>(StringComparer.Ordinal);
        var cases = 0;
        await foreach (var (@case, ledger) in facts.AllAsync(request.Cancellation).ConfigureAwait(false))
        {
            cases++;
            (claimed, confirmed, paid, verified) = (
                claimed.Plus(ledger.Claimed), confirmed.Plus(ledger.Confirmed), paid.Plus(ledger.Paid), verified.Plus(ledger.Verified));
            byStage[@case.Stage.ToString()] = byStage.GetValueOrDefault(@case.Stage.ToString()) + 1;
            byLevel[(int)@case.EscalationLevel] = byLevel.GetValueOrDefault((int)@case.EscalationLevel) + 1;
            if (@case.FirstPaymentAt is { } first)
            {
                toFirstPayment.Add(first - @case.OpenedAt);
            }

            if (@case.ClosedAt is { } closed)
            {
                toClosed.Add(closed - @case.OpenedAt);
            }

            foreach (var (month, amounts) in ledger.PaymentsByMonth)
            {
                byMonth[month] = byMonth.GetValueOrDefault(month, MoneyTotals.Empty).Plus(amounts);
            }

            foreach (var (stage, duration) in StageHistory.Stays(
                @case.OpenedAt, await TimelineAsync(@case.Id, request.Cancellation).ConfigureAwait(false)))
            {
                (inStage.TryGetValue(stage.ToString(), out var list) ? list : inStage[stage.ToString()] = []).Add(duration);
            }
        }

        return Results.Json(
            new Contracts.Reports.SummaryReport
            {
                Cases = cases,
                Totals = CaseViews.Totals(claimed, confirmed, paid, verified),
                CasesByStage = byStage,
                CasesByEscalationLevel = byLevel.ToDictionary(p => p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), p => p.Value),
                MedianDaysIntakeToFirstPayment = MedianDays(toFirstPayment),
                MedianDaysIntakeToClosed = MedianDays(toClosed),
                MedianDaysInStage = inStage.ToDictionary(p => p.Key, p => MedianDays(p.Value)!.Value),
                PaymentsByMonth =
                [
                    .. byMonth.Select(p => new Contracts.Reports.MonthlyPayments
                    {
                        Month = p.Key,
                        Amounts = [.. p.Value.WithoutZeros().Amounts.Select(CaseViews.Money)],
                    }),
                ],
            },
            ApiJson.Options);
    }

    private async Task<List<Domain.Timeline.TimelineEntry>> TimelineAsync(string caseId, CancellationToken cancellationToken)
    {
        var entries = new List<Domain.Timeline.TimelineEntry>();
        string? token = null;
        do
        {
            var page = await timelines.GetAsync(caseId, new PageRequest(PageRequest.MaxSize, token), cancellationToken).ConfigureAwait(false);
            entries.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);
        return entries;
    }

    // Durations stay in ticks until the end; days are reported as a decimal so no figure in a report is floating point.
    private static decimal? MedianDays(List<TimeSpan> durations)
    {
        if (durations.Count == 0)
        {
            return null;
        }

        durations.Sort();
        var middle = durations.Count / 2;
        var ticks = durations.Count % 2 == 1
            ? (decimal)durations[middle].Ticks
            : ((decimal)durations[middle - 1].Ticks + durations[middle].Ticks) / 2;
        return Math.Round(ticks / TimeSpan.TicksPerDay, 2);
    }
}
