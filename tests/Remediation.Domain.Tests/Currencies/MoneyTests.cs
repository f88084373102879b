using Remediation.Domain.Currencies;

namespace Remediation.Domain.Tests.Currencies;

public class MoneyTests
{
    [Theory]
    [InlineData("THB", "20000.5", true)]
    [InlineData("THB", "20000.55", true)]
    [InlineData("USD", "100.001", false)]
    [InlineData("JPY", "1.5", false)]
    [InlineData("JPY", "1500", true)]
    [InlineData("KWD", "1.125", true)]
    [InlineData("KWD", "1.1255", false)]
    [InlineData("BIF", "10.0", true)]
    public void Amounts_fit_the_currency_minor_units(string code, string amount, bool fits)
    {
        Assert.Equal(fits, Currency.Of(code).Fits(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Money_with_too_many_decimals_cannot_exist()
    {
        Assert.Throws<ArgumentException>(() => Money.Of(100.001m, "USD"));
        Assert.Throws<ArgumentException>(() => Money.Of(1.5m, "JPY"));
    }

    [Theory]
    [InlineData("THB")]
    [InlineData("MYR")]
    [InlineData("NPR")]
    [InlineData("BDT")]
    [InlineData("MMK")]
    [InlineData("USD")]
    [InlineData("EUR")]
    public void Currencies_of_the_remediation_corridors_are_known(string code) => Assert.True(Currency.TryParse(code, out _));

    [Theory]
    [InlineData("thb")]
    [InlineData("XAU")]
    [InlineData("XXX")]
    [InlineData("BTC")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_lowercase_and_non_currency_codes_are_rejected(string? code) => Assert.False(Currency.TryParse(code, out _));

    [Theory]
    [InlineData("20000.5", "THB", 2000050)]
    [InlineData("1500", "JPY", 1500)]
    [InlineData("123.456", "KWD", 123456)]
    public void Amounts_convert_exactly_to_minor_units(string amount, string currency, long minor) =>
        Assert.Equal(minor, Money.Of(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency).MinorUnits);

    [Fact]
    public void Adding_two_currencies_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => Money.Of(1m, "THB") + Money.Of(1m, "USD"));
    }

    [Fact]
    public void Equal_amounts_with_different_scale_are_equal()
    {
        Assert.Equal(Money.Of(20000.50m, "THB"), Money.Of(20000.5m, "THB"));
        Assert.Equal("20000.5 THB", Money.Of(20000.50m, "THB").ToString());
    }

    [Fact]
    public void Totals_are_kept_per_currency_and_exact()
    {
        var totals = MoneyTotals.Of(Money.Of(0.1m, "USD"), Money.Of(0.2m, "USD"), Money.Of(20000.5m, "THB"), Money.Of(1m, "JPY"));

        Assert.Equal(Money.Of(0.3m, "USD"), totals.For(Currency.Of("USD")));
        Assert.Equal(Money.Of(20000.5m, "THB"), totals.For(Currency.Of("THB")));
        Assert.Equal(["JPY", "THB", "USD"], totals.Amounts.Select(m => m.Currency.Code));
        Assert.Equal(Money.Zero(Currency.Of("MYR")), totals.For(Currency.Of("MYR")));
    }

    [Fact]
    public void Minus_gives_what_is_left_per_currency()
    {
        var confirmed = MoneyTotals.Of(Money.Of(300m, "USD"), Money.Of(5000m, "THB"));
        var paid = MoneyTotals.Of(Money.Of(300m, "USD"), Money.Of(1250.25m, "THB"));

        var outstanding = confirmed.Minus(paid);

        Assert.Equal(MoneyTotals.Of(Money.Of(3749.75m, "THB")), outstanding);
        Assert.False(outstanding.IsZero);
        Assert.True(confirmed.Minus(confirmed).IsZero);
    }

    [Fact]
    public void Summing_millions_of_small_amounts_stays_exact()
    {
        var totals = MoneyTotals.Empty;
        var unit = Money.Of(0.01m, "USD");
        for (var i = 0; i < 200_000; i++)
        {
            totals = totals.Add(unit);
        }

        Assert.Equal(2000m, totals.For(Currency.Of("USD")).Amount);
    }
}
