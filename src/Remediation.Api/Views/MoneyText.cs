using System.Globalization;
using Remediation.Domain.Currencies;

namespace Remediation.Api.Views;

/// <summary>Amounts leave the API as strings with the currency's minor units ("20000.50"), never as floating point.</summary>
public static class MoneyText
{
    public static string Of(Money money) => money.Amount.ToString("F" + money.Currency.MinorUnits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}

public sealed record MoneyView(string Currency, string Amount)
{
    public static MoneyView From(Money money) => new(money.Currency.Code, MoneyText.Of(money));

    public static IReadOnlyList<MoneyView> From(MoneyTotals totals) => [.. (totals ?? MoneyTotals.Empty).WithoutZeros().Amounts.Select(From)];
}
