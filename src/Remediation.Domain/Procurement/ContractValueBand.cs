namespace Remediation.Domain.Procurement;

/// <summary>A public contract's total value, as an order of magnitude in its currency (the leverage Electronics Watch weighs).</summary>
public enum ContractValueBand
{
    Under100Thousand,
    From100ThousandTo1Million,
    From1MillionTo10Million,
    From10MillionTo100Million,
    Over100Million,
}
