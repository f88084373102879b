using Remediation.Domain.Currencies;
using Remediation.Domain.Validation;

namespace Remediation.Domain.Intake;

/// <summary>Validates an amount and its currency as a pair, since the currency decides how many decimals are allowed.</summary>
public static class MoneyValidator
{
    public static Money? Validate(decimal? amount, string? currencyCode, string path, ErrorList errors, bool allowZero = false)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        if (!Currency.TryParse(currencyCode, out var currency))
        {
            errors.Add($"{path}.currency", "Currency must be an ISO 4217 code such as THB, MYR or USD.");
        }

        if (amount is not { } value)
        {
            errors.Add($"{path}.amount", "Amount is required.");
        }
        else if (value < 0m || (value == 0m && !allowZero))
        {
            errors.Add($"{path}.amount", allowZero ? "Amount must not be negative." : "Amount must be more than zero.");
        }
        else if (value > IntakeLimits.MaxAmount)
        {
            errors.Add($"{path}.amount", $"Amount must not exceed {IntakeLimits.MaxAmount:0}.");
        }
        else if (currency is not null && !currency.Fits(value))
        {
            errors.Add($"{path}.amount", $"{currency.Code} amounts have at most {currency.MinorUnits} decimal places.");
        }

        return errors.Count == before ? new Money(amount!.Value, currency!) : null;
    }
}
