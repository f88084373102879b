using System.Collections.Immutable;

namespace Remediation.Domain.Currencies;

/// <summary>Totals kept per currency, ordered by currency code. Immutable; every operation returns new totals.</summary>
public sealed class MoneyTotals : IEquatable<MoneyTotals>
{
    public static readonly MoneyTotals Empty = new(ImmutableSortedDictionary.Create<string, Money>(StringComparer.Ordinal));

    private readonly ImmutableSortedDictionary<string, Money> byCode;

    private MoneyTotals(ImmutableSortedDictionary<string, Money> byCode) => this.byCode = byCode;

    public static MoneyTotals Of(IEnumerable<Money> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        return amounts.Aggregate(Empty, (totals, money) => totals.Add(money));
    }

    public static MoneyTotals Of(params Money[] amounts) => Of((IEnumerable<Money>)amounts);

    /// <summary>Totals from amounts keyed by currency code (as report aggregates keep them).</summary>
    public static MoneyTotals OfCodes(IEnumerable<KeyValuePair<string, decimal>> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        return Of(amounts.Select(p => Money.Of(p.Value, p.Key)));
    }

    /// <summary>Every currency with its total, ordered by code; zero totals are kept only if they were added.</summary>
    public IReadOnlyList<Money> Amounts => byCode.Values.ToList();

    public IEnumerable<Currency> Currencies => byCode.Values.Select(m => m.Currency);

    public bool IsZero => byCode.Values.All(m => m.Amount == 0m);

    public bool HasNegative => byCode.Values.Any(m => m.Amount < 0m);

    public Money For(Currency currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        return byCode.TryGetValue(currency.Code, out var money) ? money : Money.Zero(currency);
    }

    public MoneyTotals Add(Money money) =>
        new(byCode.SetItem(money.Currency.Code, byCode.TryGetValue(money.Currency.Code, out var current) ? current + money : money));

    public MoneyTotals Plus(MoneyTotals other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.byCode.Values.Aggregate(this, (totals, money) => totals.Add(money));
    }

    public MoneyTotals Minus(MoneyTotals other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.byCode.Values.Aggregate(this, (totals, money) => totals.Add(Money.Zero(money.Currency) - money));
    }

    /// <summary>The same totals without currencies whose total is zero.</summary>
    public MoneyTotals WithoutZeros() => new(byCode.RemoveRange(byCode.Where(p => p.Value.Amount == 0m).Select(p => p.Key)));

    public bool Equals(MoneyTotals? other) =>
        other is not null && WithoutZeros().byCode.Values.SequenceEqual(other.WithoutZeros().byCode.Values);

    public override bool Equals(object? obj) => Equals(obj as MoneyTotals);

    public override int GetHashCode() => WithoutZeros().byCode.Values.Aggregate(0, HashCode.Combine);

    public override string ToString() => byCode.Count == 0 ? "none" : string.Join(", ", byCode.Values);
}
