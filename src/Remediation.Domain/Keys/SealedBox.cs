using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Remediation.Domain.Keys;

/// <summary>
/// Authenticated encryption (AES-256-GCM) with a key of the ring: the text is unreadable without the key, and any
/// change to it, or its use in another context (<c>context</c> is bound as associated data), is detected. The key's
/// id travels with the text, so older texts stay readable after a rotation.
/// </summary>
public static class SealedBox
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    /// <summary>"{key id}.{base64url of nonce, ciphertext and tag}".</summary>
    public static string Seal(KeyRing ring, KeyPurpose purpose, string plaintext, string context)
    {
        ArgumentNullException.ThrowIfNull(ring);
        ArgumentNullException.ThrowIfNull(plaintext);
        var input = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceBytes + input.Length + TagBytes];
        var nonce = output.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(ring.Current(purpose), TagBytes);
        aes.Encrypt(
            nonce,
            input,
            output.AsSpan(NonceBytes, input.Length),
            output.AsSpan(NonceBytes + input.Length),
            Encoding.UTF8.GetBytes(context ?? string.Empty));
        return ring.CurrentId + "." + Base64Url.EncodeToString(output);
    }

    /// <summary>The plaintext, or null when the text was changed, belongs to another context, or its key is gone.</summary>
    public static string? Open(KeyRing ring, KeyPurpose purpose, string sealedText, string context)
    {
        ArgumentNullException.ThrowIfNull(ring);
        var dot = sealedText?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (dot <= 0 || ring.Find(purpose, sealedText![..dot]) is not { } key)
        {
            return null;
        }

        try
        {
            var bytes = Base64Url.DecodeFromChars(sealedText.AsSpan(dot + 1));
            if (bytes.Length < NonceBytes + TagBytes)
            {
                return null;
            }

            var plaintext = new byte[bytes.Length - NonceBytes - TagBytes];
            using var aes = new AesGcm(key, TagBytes);
            aes.Decrypt(
                bytes.AsSpan(0, NonceBytes),
                bytes.AsSpan(NonceBytes, plaintext.Length),
                bytes.AsSpan(NonceBytes + plaintext.Length),
                plaintext,
                Encoding.UTF8.GetBytes(context ?? string.Empty));
            return Encoding.UTF8.GetString(plaintext);
        }
        catch (Exception e) when (e is FormatException or AuthenticationTagMismatchException or CryptographicException)
        {
            return null;
        }
    }
}
