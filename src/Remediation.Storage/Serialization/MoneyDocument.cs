using Remediation.Domain.Currencies;

namespace Remediation.Storage.Serialization;

internal sealed record MoneyDocument(decimal Amount, string Currency)
{
    public static MoneyDocument From(Money money) => new(money.Amount, money.Currency.Code);

    public Money ToMoney() => new(Amount, Domain.Currencies.Currency.Of(Currency));

    public static Dictionary<string, decimal> FromTotals(MoneyTotals totals) =>
        totals.Amounts.ToDictionary(m => m.Currency.Code, m => m.Amount, StringComparer.Ordinal);

    public static MoneyTotals ToTotals(Dictionary<string, decimal>? totals) =>
        totals is null ? MoneyTotals.Empty : MoneyTotals.Of(totals.Select(p => new Money(p.Value, Domain.Currencies.Currency.Of(p.Key))));
}
