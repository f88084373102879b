using Remediation.Domain.Cases;
using Remediation.Domain.PublicReports;
using Remediation.Domain.Reporting;
using Remediation.Domain.Tests.Builders;

namespace Remediation.Domain.Tests.PublicReports;

public class PublicReportBuilderTests
{
    private static readonly DateOnly From = new(2026, 1, 1);
    private static readonly DateOnly To = new(2026, 12, 31);

    private static CaseContribution Closed(string id, CaseOutcome outcome, int workers)
    {
        var c = CaseContribution.Of(CaseScenario.InStage(Stage.Closed).Case with { Id = id, Revision = 1 }, CaseScenario.InStage(Stage.Closed).Ledger);
        return c with { Outcome = outcome, Workers = workers, OpenedAt = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero),
            ClosedAt = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero), AcceptedAt = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero) };
    }

    private static ReportFigure Figure(IReadOnlyList<ReportFigure> figures, string name) => figures.Single(f => f.Name == name);

    [Fact]
    public void When_one_outcome_is_withheld_and_the_total_published_another_outcome_is_withheld_too()
    {
        var cases = Enumerable.Range(0, 5).Select(i => Closed($"r{i}", CaseOutcome.Remediated, 5))
            .Concat(Enumerable.Range(0, 4).Select(i => Closed($"u{i}", CaseOutcome.Unremediated, 5)))
            .Append(Closed("w0", CaseOutcome.Withdrawn, 5))
            .ToList();

        var figures = PublicReportBuilder.Figures(cases, From, To);

        Assert.Equal("10", Figure(figures, "casesClosed").Value);
        Assert.NotNull(Figure(figures, "casesClosed.withdrawn").Withheld);
        Assert.Equal(PublicReportBuilder.Complement, Figure(figures, "casesClosed.unremediated").Withheld);
        Assert.Equal("5", Figure(figures, "casesClosed.remediated").Value);
    }

    [Fact]
    public void A_case_rejected_at_triage_is_never_in_a_report()
    {
        var rejected = Closed("rejected", CaseOutcome.Rejected, 50) with { AcceptedAt = null };

        Assert.Empty(PublicReportBuilder.InPeriod([rejected], From, To));
    }

    [Fact]
    public void A_suppliers_figures_are_withheld_when_the_rest_of_the_report_is_too_small_to_show_by_subtraction()
    {
        var supplier = Enumerable.Range(0, 4).Select(i => Closed($"s{i}", CaseOutcome.Remediated, 5)).ToList();
        var rest = Enumerable.Range(0, 2).Select(i => Closed($"o{i}", CaseOutcome.Remediated, 2)).ToList();
        var all = supplier.Concat(rest).ToList();
        var overall = PublicReportBuilder.Figures(all, From, To);

        var protectedFigures = PublicReportBuilder.ProtectRemainder(overall, all, supplier, PublicReportBuilder.Figures(supplier, From, To));

        Assert.Equal("6", Figure(overall, "cases").Value);
        Assert.Equal(PublicReportBuilder.Complement, Figure(protectedFigures, "cases").Withheld);
    }
}
