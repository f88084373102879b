using System.Security.Cryptography;
using System.Text;
using Remediation.Domain.Notifications;

namespace Remediation.Notifications.Webhooks;

/// <summary>
/// The Standard Webhooks signature: "v1," and the base64 HMAC-SHA256 of "{id}.{timestamp}.{body}" under the
/// secret's bytes; several space-separated while a rotated secret overlaps. Written here rather than taken from
/// the StandardWebhooks package so that the tests can verify it with that package as an independent implementation.
/// </summary>
public static class WebhookSignature
{
    public static string Sign(IEnumerable<string> secrets, string id, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        var prefix = Encoding.UTF8.GetBytes(FormattableString.Invariant($"{id}.{timestamp}."));
        var content = new byte[prefix.Length + body.Length];
        prefix.CopyTo(content, 0);
        body.CopyTo(content.AsSpan(prefix.Length));
        return string.Join(' ', secrets.Select(s => "v1," + Convert.ToBase64String(HMACSHA256.HashData(SigningSecret.KeyOf(s), content))));
    }
}
