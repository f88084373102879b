using Remediation.Domain.PublicReports;

namespace Remediation.Domain.Tests.PublicReports;

public class SmallCellTests
{
    [Theory]
    [InlineData(9, 3, false)]
    [InlineData(10, 3, true)]
    [InlineData(10, 2, false)]
    [InlineData(1000, 2, false)]
    [InlineData(0, 0, false)]
    [InlineData(10, 50, true)]
    public void A_figure_is_published_only_on_at_least_ten_workers_and_three_cases(int workers, int cases, bool published)
    {
        var figure = SmallCells.Figure(123.45m, workers, cases);

        Assert.Equal(published, SmallCells.MayPublish(workers, cases));
        Assert.Equal(!published, figure.IsSuppressed);
        Assert.Equal(published ? 123.45m : 0m, figure.Value);
    }

    [Fact]
    public void A_suppressed_figure_says_why_and_carries_no_value()
    {
        var figure = SmallCells.Figure<int?>(7, workers: 9, cases: 3);

        Assert.Null(figure.Value);
        Assert.Contains("fewer than 10 workers or 3 cases", figure.Suppressed, StringComparison.Ordinal);
    }
}
