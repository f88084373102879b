using Bunit;
using Remediation.Contracts.Cases;
using Remediation.Web.Components;
using Remediation.Web.Tests.Builders;

namespace Remediation.Web.Tests.Components;

public class TotalsTableTests
{
    [Fact]
    public async Task Amounts_are_grouped_for_reading_and_keep_every_minor_unit_per_currency()
    {
        var (context, _) = await ConsoleContext.SignedInAsync("caseworker");
        using var _context = context;
        CurrencyTotals[] totals =
        [
            new() { Currency = "THB", Claimed = "194418735.00", Confirmed = "60001.50", Paid = "30000.75", Verified = "0.00", Outstanding = "30000.75" },
            new() { Currency = "JPY", Claimed = "150000", Confirmed = "150000", Paid = "0", Verified = "0", Outstanding = "150000" },
        ];

        var table = context.Render<TotalsTable>(p => p.Add(t => t.Totals, totals));

        var rows = table.FindAll("tbody tr");
        Assert.Equal(["THB", "194,418,735.00", "60,001.50", "30,000.75", "0.00", "30,000.75"], rows[0].Children.Select(c => c.TextContent));
        Assert.Equal(["JPY", "150,000", "150,000", "0", "0", "150,000"], rows[1].Children.Select(c => c.TextContent));
        Assert.All(table.FindAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
    }
}
