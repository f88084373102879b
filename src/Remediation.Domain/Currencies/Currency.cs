using System.Diagnostics.CodeAnalysis;

namespace Remediation.Domain.Currencies;

/// <summary>An ISO 4217 currency with its number of minor units (2 for THB, 0 for JPY, 3 for KWD).</summary>
public sealed record Currency
{
    private Currency(string code, int minorUnits)
    {
        Code = code;
        MinorUnits = minorUnits;
    }

    public string Code { get; }

    public int MinorUnits { get; }

    public static bool TryParse([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Currency? currency)
    {
        currency = null;
        if (code is null || !CurrencyCatalog.MinorUnits.TryGetValue(code, out var minorUnits))
        {
            return false;
        }

        currency = new Currency(code, minorUnits);
        return true;
    }

    /// <summary>For codes known to be valid (tests, stored data); throws on an unknown code.</summary>
    public static Currency Of(string code) =>
        TryParse(code, out var currency) ? currency : throw new ArgumentException($"'{code}' is not an ISO 4217 currency code.", nameof(code));

    /// <summary>True when the amount needs no more decimal places than the currency has minor units.</summary>
    public bool Fits(decimal amount) => decimal.Round(amount, MinorUnits) == amount;

    public override string ToString() => Code;
}
