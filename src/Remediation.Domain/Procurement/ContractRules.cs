using Remediation.Domain.Validation;

namespace Remediation.Domain.Procurement;

/// <summary>What a registered contract must be, every rule with the JSON path it is reported at.</summary>
public static class ContractRules
{
    private static readonly DateOnly Earliest = new(2000, 1, 1);

    public static void Check(BuyerContract contract, DateOnly today, ErrorList errors)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(errors);
        if (!Intake.Identifiers.PartyId().IsMatch(contract.Id))
        {
            errors.Add("$.id", "id is 1 to 64 letters, digits or . _ - (the buyer's contract number, for instance).");
        }

        if (!Intake.Identifiers.PartyId().IsMatch(contract.SupplierId))
        {
            errors.Add("$.supplierId", "supplierId is a registered supplier's id: 1 to 64 letters, digits or . _ -.");
        }

        Text(errors, "$.buyer", contract.Buyer, required: true);
        Text(errors, "$.title", contract.Title, required: false);
        if (!Currencies.Currency.TryParse(contract.ValueCurrency, out _))
        {
            errors.Add("$.valueCurrency", "valueCurrency is an ISO 4217 code such as GBP, EUR or USD.");
        }

        if (contract.StartsOn < Earliest || contract.StartsOn > today.AddYears(10))
        {
            errors.Add("$.startsOn", $"startsOn is a day from {Earliest:yyyy-MM-dd} to ten years from today.");
        }

        if (contract.EndsOn is { } ends && (ends < contract.StartsOn || ends > contract.StartsOn.AddYears(30)))
        {
            errors.Add("$.endsOn", "endsOn is on or after startsOn, and at most 30 years after it.");
        }
    }

    private static void Text(ErrorList errors, string path, string? text, bool required)
    {
        var name = path[2..];
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required || text is not null)
            {
                errors.Add(path, $"{name} is 1 to {BuyerContract.MaxBuyerLength} characters, not blank.");
            }

            return;
        }

        if (text.Length > BuyerContract.MaxBuyerLength || text.Any(char.IsControl))
        {
            errors.Add(path, $"{name} is at most {BuyerContract.MaxBuyerLength} characters, with no control characters.");
        }
        else if (Privacy.PersonalDataGuard.Explain(text) is { } why)
        {
            errors.Add(path, why);
        }
    }
}
