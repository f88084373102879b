using Remediation.Domain.Geography;

namespace Remediation.Domain.Tests.Currencies;

public class CountryTests
{
    [Fact]
    public void All_249_assigned_codes_are_known() => Assert.Equal(249, Country.AssignedCount);

    [Theory]
    [InlineData("TH")]
    [InlineData("MM")]
    [InlineData("NP")]
    [InlineData("BD")]
    [InlineData("MY")]
    [InlineData("TW")]
    public void Countries_of_the_field_are_known(string code) => Assert.True(Country.TryParse(code, out _));

    [Theory]
    [InlineData("UK")]
    [InlineData("XX")]
    [InlineData("th")]
    [InlineData("THA")]
    [InlineData(null)]
    public void Non_alpha_2_codes_are_rejected(string? code) => Assert.False(Country.TryParse(code, out _));
}
