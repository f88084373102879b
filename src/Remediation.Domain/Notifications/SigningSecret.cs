using System.Security.Cryptography;

namespace Remediation.Domain.Notifications;

/// <summary>Standard Webhooks secrets: "whsec_" and 32 random bytes in base64; the bytes are the HMAC key.</summary>
public static class SigningSecret
{
    public const string Prefix = "whsec_";

    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static byte[] KeyOf(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.FromBase64String(secret.StartsWith(Prefix, StringComparison.Ordinal) ? secret[Prefix.Length..] : secret);
    }
}
