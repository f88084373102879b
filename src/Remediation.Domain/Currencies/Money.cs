using System.Globalization;

namespace Remediation.Domain.Currencies;

/// <summary>An exact amount in one currency. Amounts in different currencies are never added together.</summary>
public readonly record struct Money
{
    public Money(decimal amount, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        if (!currency.Fits(amount))
        {
            throw new ArgumentException(
                $"{amount.ToString(CultureInfo.InvariantCulture)} has more decimal places than {currency.Code} allows ({currency.MinorUnits}).",
                nameof(amount));
        }

        // Normalise the scale so that 20000.50 and 20000.5 are the same value and print the same way.
        Amount = amount / 1.000000000000000000000000000000000m;
        Currency = currency;
    }

    public decimal Amount { get; }

    public Currency Currency { get; }

    public static Money Zero(Currency currency) => new(0m, currency);

    public static Money Of(decimal amount, string currencyCode) => new(amount, Currency.Of(currencyCode));

    public bool IsPositive => Amount > 0m;

    /// <summary>The amount in whole minor units (satang, cents, fils): exact, since the amount fits the currency.</summary>
    public long MinorUnits
    {
        get
        {
            var scaled = Amount;
            for (var i = 0; i < Currency.MinorUnits; i++)
            {
                scaled *= 10m;
            }

            return decimal.ToInt64(scaled);
        }
    }

    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount, SameCurrency(left, right));

    public static Money operator -(Money left, Money right) => new(left.Amount - right.Amount, SameCurrency(left, right));

    public static Money Add(Money left, Money right) => left + right;

    public static Money Subtract(Money left, Money right) => left - right;

    public override string ToString() => $"{Amount.ToString(CultureInfo.InvariantCulture)} {Currency.Code}";

    private static Currency SameCurrency(Money left, Money right) =>
        left.Currency == right.Currency
            ? left.Currency
            : throw new InvalidOperationException($"Cannot combine {left.Currency.Code} with {right.Currency.Code}: totals are kept per currency.");
}
