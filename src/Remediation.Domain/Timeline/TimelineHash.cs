using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Remediation.Domain.Parties;

namespace Remediation.Domain.Timeline;

/// <summary>
/// HMAC-SHA256, with the key ring's timeline key, over the previous hash and an unambiguous encoding of the entry's
/// content. Keyed, so that someone who can write the tables but does not hold the key cannot recompute a chain
/// after editing it, and a reader cannot confirm a guess about a withheld description from its hash.
/// </summary>
public static class TimelineHash
{
    /// <summary>The "previous hash" of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Of(
        byte[] key,
        long sequence,
        string previousHash,
        DateTimeOffset at,
        Role actorRole,
        string? actorPartyId,
        string kind,
        string description,
        ActedBy? by = null)
    {
        ArgumentNullException.ThrowIfNull(key);

        // Length-prefixed fields: no choice of separators inside a description can make two entries hash alike.
        var fields = new[]
        {
            sequence.ToString(CultureInfo.InvariantCulture), previousHash, at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            actorRole.ToString(), actorPartyId ?? string.Empty, kind, description,
        };

        // Who acted is sealed only when known, so the entries written before it was recorded still verify.
        if (by is not null)
        {
            fields = [.. fields, by.Kind.ToString(), by.Id];
        }

        var canonical = string.Concat(fields.Select(f => $"{f.Length.ToString(CultureInfo.InvariantCulture)}:{f};"));
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(canonical)));
    }
}
