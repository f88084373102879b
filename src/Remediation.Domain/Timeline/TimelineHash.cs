using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Remediation.Domain.Parties;

namespace Remediation.Domain.Timeline;

/// <summary>SHA-256 over the previous hash and an unambiguous encoding of the entry's content.</summary>
public static class TimelineHash
{
    /// <summary>The "previous hash" of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Of(long sequence, string previousHash, DateTimeOffset at, Role actorRole, string? actorPartyId, string kind, string description)
    {
        // Length-prefixed fields: no choice of separators inside a description can make two entries hash alike.
        var fields = new[]
        {
            sequence.ToString(CultureInfo.InvariantCulture), previousHash, at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            actorRole.ToString(), actorPartyId ?? string.Empty, kind, description,
        };
        var canonical = string.Concat(fields.Select(f => $"{f.Length.ToString(CultureInfo.InvariantCulture)}:{f};"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
