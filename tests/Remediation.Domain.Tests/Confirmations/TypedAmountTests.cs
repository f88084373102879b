using Remediation.Domain.Confirmations;

namespace Remediation.Domain.Tests.Confirmations;

public class TypedAmountTests
{
    [Theory]
    [InlineData("12000", "12000")]
    [InlineData("1.500", "1500")]
    [InlineData("1,500", "1500")]
    [InlineData("1,500.50", "1500.50")]
    [InlineData("1.500,50", "1500.50")]
    [InlineData("1,5", "1.5")]
    [InlineData("20 000", "20000")]
    [InlineData("၁၅၀၀၀", "15000")]
    [InlineData("๑๒,๐๐๐", "12000")]
    [InlineData("১৫০০", "1500")]
    [InlineData("१,२००", "1200")]
    public void A_typed_amount_is_read_as_the_worker_means_it(string typed, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), TypedAmount.Parse(typed));

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1.5000")]
    [InlineData("12,34,567")]
    [InlineData("1..5")]
    [InlineData("-100")]
    [InlineData("1e5")]
    [InlineData("9999999999999999999999999")]
    public void What_cannot_be_read_for_sure_is_asked_again(string typed) => Assert.Null(TypedAmount.Parse(typed));
}
