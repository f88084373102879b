using System.Text.RegularExpressions;

namespace Remediation.Domain.Intake;

/// <summary>
/// Shapes of identifiers. Worker references are pseudonymous codes; the narrow alphabet keeps names and phone
/// numbers with spaces or '+' out, and makes them safe as storage keys.
/// </summary>
public static partial class Identifiers
{
    [GeneratedRegex("^[A-Za-z0-9._:-]{1,64}$", RegexOptions.CultureInvariant)]
    public static partial Regex WorkerRef();

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,100}$", RegexOptions.CultureInvariant)]
    public static partial Regex PartnerReference();

    /// <summary>Partner and supplier ids, contract references, payment and command ids.</summary>
    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$", RegexOptions.CultureInvariant)]
    public static partial Regex PartyId();
}
