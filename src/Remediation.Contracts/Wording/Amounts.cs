using System.Globalization;
using Remediation.Contracts.Cases;

namespace Remediation.Contracts.Wording;

/// <summary>Amounts for people to read: grouped in the reader's way (194,418,735.00 THB) and still exact.</summary>
public static class Amounts
{
    /// <summary>
    /// An amount as the API writes it ("194418735.00"), grouped with <paramref name="format"/>'s separators and group
    /// sizes, keeping every digit it has: it is formatted as a decimal with the same number of minor units, never
    /// through floating point. Text that is not an amount is returned as it is.
    /// </summary>
    public static string Readable(string amount, NumberFormatInfo format)
    {
        if (!decimal.TryParse(amount, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return amount;
        }

        var point = amount.IndexOf('.', StringComparison.Ordinal);
        var minorUnits = point < 0 ? 0 : amount.Length - point - 1;
        return value.ToString("N" + minorUnits.ToString(CultureInfo.InvariantCulture), format);
    }

    /// <summary>"194,418,735.00 THB".</summary>
    public static string Readable(MoneyView money, NumberFormatInfo format) => Readable(money.Amount, money.Currency, format);

    /// <summary>An amount with its currency code after it.</summary>
    public static string Readable(string amount, string currency, NumberFormatInfo format) => $"{Readable(amount, format)} {currency}";
}
