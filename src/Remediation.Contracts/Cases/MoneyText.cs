namespace Remediation.Contracts.Cases;

/// <summary>Amounts on the wire.</summary>
public static class MoneyText
{
    /// <summary>A decimal number as text: digits, optionally a minus sign and a '.' with the currency's minor units.</summary>
    public const string Pattern = "^-?[0-9]+(\\.[0-9]+)?$";
}
