using System.Text;
using Microsoft.AspNetCore.Http;
using Remediation.Domain.Notifications;
using Remediation.Notifications.Webhooks;
using StandardWebhooks;

namespace Remediation.Notifications.Tests;

/// <summary>Our signature, checked by the StandardWebhooks package: an implementation that is not ours.</summary>
public class SignatureTests
{
    private static HeaderDictionary Headers(string id, long timestamp, string signature) => new()
    {
        ["webhook-id"] = id,
        ["webhook-timestamp"] = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["webhook-signature"] = signature,
    };

    [Fact]
    public void A_signature_verifies_with_the_standard_webhooks_package_and_fails_when_the_body_changes()
    {
        var secret = SigningSecret.New();
        var body = """{"specversion":"1.0","id":"evt_1","type":"org.remediation.case.escalated"}""";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var signature = WebhookSignature.Sign([secret], "dlv_1", timestamp, Encoding.UTF8.GetBytes(body));

        new StandardWebhook(secret).Verify(body, Headers("dlv_1", timestamp, signature));
        Assert.StartsWith("v1,", signature, StringComparison.Ordinal);
        Assert.ThrowsAny<Exception>(() => new StandardWebhook(secret).Verify(body.Replace("escalated", "closed", StringComparison.Ordinal), Headers("dlv_1", timestamp, signature)));
        Assert.ThrowsAny<Exception>(() => new StandardWebhook(SigningSecret.New()).Verify(body, Headers("dlv_1", timestamp, signature)));
    }

    [Fact]
    public void During_a_rotation_both_secrets_verify_the_same_delivery()
    {
        var (current, previous) = (SigningSecret.New(), SigningSecret.New());
        var body = "{}";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var signature = WebhookSignature.Sign([current, previous], "dlv_2", timestamp, Encoding.UTF8.GetBytes(body));

        var signatures = signature.Split(' ');
        Assert.Equal(2, signatures.Length);
        // The current secret's signature comes first: a receiver on the new secret verifies the header as sent.
        new StandardWebhook(current).Verify(body, Headers("dlv_2", timestamp, signature));
        // StandardWebhooks 1.1.2 never looks at the last of several signatures (its loop stops one short), so the
        // previous secret's signature is checked on its own: it is as valid as the first.
        new StandardWebhook(previous).Verify(body, Headers("dlv_2", timestamp, signatures[1]));
        Assert.ThrowsAny<Exception>(() => new StandardWebhook(previous).Verify(body, Headers("dlv_2", timestamp, signatures[0])));
    }
}
