using Remediation.Contracts.Cases;
using Remediation.Web.Reading;

namespace Remediation.Web.Tests.Components;

public class ReaderNumbersTests
{
    [Theory]
    [InlineData(",", ".", new[] { 3 }, "194418735.00", "194,418,735.00")]
    [InlineData(",", ".", new[] { 3, 2 }, "194418735.00", "19,44,18,735.00")]
    [InlineData("\u202f", ",", new[] { 3 }, "-1234567.891", "-1\u202f234\u202f567,891")]
    [InlineData(".", ",", new[] { 3 }, "79228162514264337593543950335", "79.228.162.514.264.337.593.543.950.335")]
    [InlineData(",", ".", new[] { 3 }, "0.0000000001", "0.0000000001")]
    public void Amounts_are_grouped_as_the_reader_s_browser_groups_them_and_keep_every_digit(string group, string point, int[] sizes, string amount, string shown)
    {
        var numbers = new ReaderNumbers();
        numbers.Adopt(new ReaderNumbers.BrowserNumbers(group, point, sizes));

        Assert.Equal(shown, numbers.Amount(amount));
    }

    [Fact]
    public void Nonsense_from_the_browser_keeps_the_default_grouping_and_text_that_is_no_amount_is_shown_as_it_is()
    {
        var numbers = new ReaderNumbers();
        numbers.Adopt(new ReaderNumbers.BrowserNumbers(".", ".", [3]));
        numbers.Adopt(new ReaderNumbers.BrowserNumbers(",", ".", []));

        Assert.Equal("1,250.50 THB", numbers.Money(new MoneyView { Currency = "THB", Amount = "1250.50" }));
        Assert.Equal("n/a", numbers.Amount("n/a"));
    }
}
