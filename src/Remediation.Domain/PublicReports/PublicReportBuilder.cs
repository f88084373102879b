using System.Globalization;
using Remediation.Domain.Cases;
using Remediation.Domain.Reporting;

namespace Remediation.Domain.PublicReports;

/// <summary>
/// Builds a public report's figures from the cases' contributions. Only cases accepted at triage count (a rejected
/// grievance was never a finding). A case is in the period when it was open on any of its days. Every figure goes
/// through <see cref="SmallCells"/>; a figure that could be worked out from published ones by subtraction is withheld too.
/// </summary>
public static class PublicReportBuilder
{
    public const string Complement = "Withheld so that a withheld figure cannot be worked out from the others.";

    private static readonly CaseOutcome[] Outcomes = [CaseOutcome.Remediated, CaseOutcome.Unremediated, CaseOutcome.Withdrawn];

    public static IReadOnlyList<CaseContribution> InPeriod(IEnumerable<CaseContribution> all, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(all);
        return [.. all.Where(c => c.AcceptedAt is not null
            && DateOnly.FromDateTime(c.OpenedAt.UtcDateTime) <= to
            && (c.ClosedAt is null || DateOnly.FromDateTime(c.ClosedAt.Value.UtcDateTime) >= from))];
    }

    /// <summary>The figures of a group of cases. <paramref name="from"/> and <paramref name="to"/> bound the closings counted.</summary>
    public static IReadOnlyList<ReportFigure> Figures(IReadOnlyList<CaseContribution> cases, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var figures = new List<(ReportFigure Figure, Cell Cell)>
        {
            Count("cases", "Cases", cases),
        };
        var closed = cases.Where(c => c.ClosedAt is { } at && DateOnly.FromDateTime(at.UtcDateTime) >= from
            && DateOnly.FromDateTime(at.UtcDateTime) <= to).ToList();
        var total = Count("casesClosed", "Cases closed in the period", closed);
        var byOutcome = Outcomes
            .Select(o => Count($"casesClosed.{Wire(o)}", $"Closed: {Wire(o)}", [.. closed.Where(c => c.Outcome == o)]))
            .ToList();
        figures.Add(total);
        figures.AddRange(ProtectComplement(total, byOutcome));

        var paid = cases.Where(c => c.WorkersPaid > 0).ToList();
        figures.Add(Figure("workersReimbursed", "Workers reimbursed", paid.Sum(c => c.WorkersPaid).ToString(CultureInfo.InvariantCulture),
            new Cell(paid.Sum(c => c.WorkersPaid), paid.Count)));
        foreach (var currency in cases.SelectMany(c => c.Paid.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var inCurrency = cases.Where(c => c.Paid.GetValueOrDefault(currency) > 0m).ToList();
            figures.Add(Figure(
                $"repaid.{currency}", $"Repaid ({currency})",
                $"{inCurrency.Sum(c => c.Paid[currency]).ToString("0.00", CultureInfo.InvariantCulture)} {currency}",
                new Cell(inCurrency.Sum(c => c.WorkersPaid), inCurrency.Count)));
        }

        figures.Add(Median("medianDaysToFirstPayment", "Median days from report to first payment",
            cases.Where(c => c.FirstPaymentAt is not null).ToList(), c => c.FirstPaymentAt!.Value - c.OpenedAt));
        figures.Add(Median("medianDaysToRemediation", "Median days from report to remediation",
            closed.Where(c => c.Outcome == CaseOutcome.Remediated).ToList(), c => c.ClosedAt!.Value - c.OpenedAt));
        return [.. figures.Select(f => f.Figure)];
    }

    /// <summary>
    /// A supplier's figures: withheld also where the rest of the report (every case but the named suppliers') would
    /// rest on too few workers or cases, so that subtracting the suppliers from the total cannot reveal it.
    /// </summary>
    public static IReadOnlyList<ReportFigure> ProtectRemainder(
        IReadOnlyList<ReportFigure> overall, IReadOnlyList<CaseContribution> everyCase, IReadOnlyList<CaseContribution> namedCases,
        IReadOnlyList<ReportFigure> supplier)
    {
        ArgumentNullException.ThrowIfNull(everyCase);
        ArgumentNullException.ThrowIfNull(namedCases);
        ArgumentNullException.ThrowIfNull(supplier);
        var named = namedCases.Select(c => c.CaseId).ToHashSet(StringComparer.Ordinal);
        var rest = everyCase.Where(c => !named.Contains(c.CaseId)).ToList();
        var restSafe = rest.Count == 0 || SmallCells.MayPublish(rest.Sum(c => c.Workers), rest.Count);
        return restSafe
            ? supplier
            : [.. supplier.Select(f => f.Value is not null && overall.Any(o => o.Name == f.Name && o.Value is not null)
                ? f with { Value = null, Withheld = Complement }
                : f)];
    }

    private static IEnumerable<(ReportFigure Figure, Cell Cell)> ProtectComplement(
        (ReportFigure Figure, Cell Cell) total, List<(ReportFigure Figure, Cell Cell)> parts)
    {
        var withheld = parts.Count(p => p.Figure.Value is null);
        if (total.Figure.Value is not null && withheld == 1)
        {
            var smallest = parts.Where(p => p.Figure.Value is not null).MinBy(p => p.Cell.Cases);
            return parts.Select(p => p == smallest ? (p.Figure with { Value = null, Withheld = Complement }, p.Cell) : p);
        }

        return parts;
    }

    private static (ReportFigure, Cell) Count(string name, string label, IReadOnlyList<CaseContribution> cases) =>
        Figure(name, label, cases.Count.ToString(CultureInfo.InvariantCulture), new Cell(cases.Sum(c => c.Workers), cases.Count));

    private static (ReportFigure, Cell) Median(string name, string label, IReadOnlyList<CaseContribution> cases, Func<CaseContribution, TimeSpan> of)
    {
        var histogram = new DurationHistogram();
        foreach (var c in cases)
        {
            histogram.Apply(of(c), 1);
        }

        return Figure(name, label, histogram.MedianDays()?.ToString("0.0", CultureInfo.InvariantCulture) ?? "none",
            new Cell(cases.Sum(c => c.Workers), cases.Count));
    }

    private static (ReportFigure, Cell) Figure(string name, string label, string value, Cell cell)
    {
        var figure = SmallCells.Figure(value, cell.Workers, cell.Cases);
        return (new ReportFigure(name, label, figure.Value, figure.Suppressed), cell);
    }

    private static string Wire(CaseOutcome outcome) => outcome.ToString().ToLowerInvariant();

    private readonly record struct Cell(int Workers, int Cases);
}
