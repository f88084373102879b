using System.Text.RegularExpressions;

namespace Remediation.Domain.Intake;

/// <summary>
/// Shapes of identifiers, one regex per kind of identifier, named for what it checks. Worker references are
/// pseudonymous codes; the narrow alphabet keeps names and phone numbers with spaces or '+' out, and makes them safe
/// as storage keys. Each pattern ends with <c>\z</c>, not <c>$</c>: in .NET <c>$</c> also matches before a final line
/// feed, and "W1\n" would pass as a row key that Table Storage refuses. The API document's patterns are the same
/// (Contracts' <c>FieldPatterns</c>, checked against these by a test).
/// </summary>
public static partial class Identifiers
{
    /// <summary>A code a party chooses: 1 to 64 letters, digits or . _ -.</summary>
    public const string CodePattern = "^[A-Za-z0-9._-]{1,64}\\z";

    /// <summary>A reference: 1 to 64 letters, digits or . _ : -.</summary>
    public const string WorkerRefPattern = "^[A-Za-z0-9._:-]{1,64}\\z";

    /// <summary>A longer reference: 1 to 100 letters, digits or . _ : -.</summary>
    public const string LongReferencePattern = "^[A-Za-z0-9._:-]{1,100}\\z";

    /// <summary>A worker's pseudonymous reference.</summary>
    [GeneratedRegex(WorkerRefPattern, RegexOptions.CultureInvariant)]
    public static partial Regex WorkerRef();

    /// <summary>The monitoring partner's own reference for a case.</summary>
    [GeneratedRegex(LongReferencePattern, RegexOptions.CultureInvariant)]
    public static partial Regex PartnerReference();

    /// <summary>A partner's or supplier's id, and a contract reference.</summary>
    [GeneratedRegex(CodePattern, RegexOptions.CultureInvariant)]
    public static partial Regex PartyId();

    /// <summary>The id a supplier gives a payment, so that recording it again changes nothing.</summary>
    [GeneratedRegex(CodePattern, RegexOptions.CultureInvariant)]
    public static partial Regex PaymentId();

    /// <summary>The id a partner gives a worker's receipt confirmation, so that recording it again changes nothing.</summary>
    [GeneratedRegex(CodePattern, RegexOptions.CultureInvariant)]
    public static partial Regex ReceiptId();

    /// <summary>The <c>Idempotency-Key</c> header that names a command.</summary>
    [GeneratedRegex(CodePattern, RegexOptions.CultureInvariant)]
    public static partial Regex IdempotencyKey();

    /// <summary>An id in a route (case, evidence, command, key, subscription, delivery): anything else names nothing.</summary>
    [GeneratedRegex(LongReferencePattern, RegexOptions.CultureInvariant)]
    public static partial Regex RouteValue();
}
