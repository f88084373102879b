namespace Remediation.Contracts;

/// <summary>
/// The patterns the API document declares, each written once here and used by every annotation. They are the
/// domain's identifier shapes (<c>Remediation.Domain.Intake.Identifiers</c>, which the handlers enforce) written as
/// JSON Schema reads them, with <c>$</c> where .NET needs <c>\z</c>; a test checks that the two agree.
/// </summary>
public static class FieldPatterns
{
    /// <summary>An ISO 4217 currency code.</summary>
    public const string CurrencyCode = "^[A-Z]{3}$";

    /// <summary>An ISO 3166-1 alpha-2 country code.</summary>
    public const string CountryCode = "^[A-Z]{2}$";

    /// <summary>A code a party chooses (party ids, payment and receipt ids): 1 to 64 letters, digits or . _ -.</summary>
    public const string Code = "^[A-Za-z0-9._-]{1,64}$";

    /// <summary>A worker's pseudonymous reference: 1 to 64 letters, digits or . _ : -.</summary>
    public const string WorkerRef = "^[A-Za-z0-9._:-]{1,64}$";

    /// <summary>A partner's reference for a case: 1 to 100 letters, digits or . _ : -.</summary>
    public const string PartnerReference = "^[A-Za-z0-9._:-]{1,100}$";
}
