using System.Text.RegularExpressions;

namespace Remediation.Domain.Intake;

/// <summary>
/// Shapes of identifiers. Worker references are pseudonymous codes; the narrow alphabet keeps names and phone
/// numbers with spaces or '+' out, and makes them safe as storage keys. Each pattern ends with <c>\z</c>, not
/// <c>$</c>: in .NET <c>$</c> also matches before a final line feed, and "W1\n" would pass as a row key that Table
/// Storage refuses.
/// </summary>
public static partial class Identifiers
{
    [GeneratedRegex("^[A-Za-z0-9._:-]{1,64}\\z", RegexOptions.CultureInvariant)]
    public static partial Regex WorkerRef();

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,100}\\z", RegexOptions.CultureInvariant)]
    public static partial Regex PartnerReference();

    /// <summary>Partner and supplier ids, contract references, payment and command ids.</summary>
    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}\\z", RegexOptions.CultureInvariant)]
    public static partial Regex PartyId();

    /// <summary>An id in a route (case, evidence, command, key, subscription, delivery): anything else names nothing.</summary>
    [GeneratedRegex("^[A-Za-z0-9._:-]{1,100}\\z", RegexOptions.CultureInvariant)]
    public static partial Regex RouteValue();
}
