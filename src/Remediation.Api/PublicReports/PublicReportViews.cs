using Microsoft.AspNetCore.Http;
using Remediation.Contracts.PublicReports;
using Remediation.Domain.PublicReports;

namespace Remediation.Api.PublicReports;

public static class PublicReportViews
{
    public static PublicReportView View(Domain.PublicReports.PublicReport report, string publicUrl)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new PublicReportView
        {
            Id = report.Id,
            Status = report.IsReleased ? PublicReportStatus.Released : PublicReportStatus.Draft,
            From = report.From,
            To = report.To,
            PreparedAt = report.PreparedAt,
            ReleasedAt = report.ReleasedAt,
            PublicUrl = publicUrl,
            SuppressionRule = Rule,
            Overall = new PublicFigureSet { Figures = [.. report.Overall.Select(Figure)] },
            Suppliers = [.. report.Suppliers.Select(s => new PublicSupplierFigures
            {
                SupplierId = s.SupplierId,
                Name = s.Name,
                Factories = [.. s.Factories.Select(f => $"{f.Name} ({f.Country})")],
                FactoriesNotNamed = s.FactoriesNotNamed,
                Figures = new PublicFigureSet { Figures = [.. s.Figures.Select(Figure)] },
            })],
        };
    }

    public static string Rule =>
        $"Every figure rests on at least {SmallCells.MinWorkers} workers and {SmallCells.MinCases} cases, or it is withheld; " +
        "a figure that would let a withheld one be worked out is withheld too.";

    private static PublicFigure Figure(ReportFigure figure) =>
        new() { Name = figure.Name, Label = figure.Label, Value = figure.Value, Withheld = figure.Withheld };

    /// <summary>The same answer for an unknown id, a malformed one and a report under embargo.</summary>
    public static IResult NotPublished() => Problems.Problem.NotFound("There is no published report with this id.");
}
