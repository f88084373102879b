using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Remediation.Api.Authentication;

/// <summary>API key secrets: 32 random bytes, shown once; stored and compared only as SHA-256.</summary>
public static class ApiKeySecret
{
    public const string Prefix = "rk_";

    public static string New() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret ?? string.Empty)));

    /// <summary>Compares two secrets by their hashes in constant time.</summary>
    public static bool SameSecret(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
