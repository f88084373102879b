namespace Remediation.Api.Confirmations.TextMessages;

/// <summary>
/// Workers' answers by text message through Twilio (section <c>Remediation:Sms</c>). Off until <see cref="AuthToken"/>
/// and <see cref="WebhookUrl"/> are set: the webhook answers 404 and nothing is sent. A phone number gets the worker page's
/// limits (<see cref="WorkerPageOptions"/>), counted under a keyed hash of the number.
/// </summary>
public sealed class TextMessageOptions
{
    public const string SectionName = "Remediation:Sms";

    /// <summary>The Twilio account (AC...) whose number workers text.</summary>
    public string? AccountSid { get; set; }

    /// <summary>The account's auth token: it signs every webhook request (X-Twilio-Signature) and authenticates replies.</summary>
    public string? AuthToken { get; set; }

    /// <summary>The exact public address configured in Twilio for incoming messages: the signature covers it.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>
    /// Where replies are sent instead of https://api.twilio.com (scheme, host and port only; the SDK's path is kept): for
    /// a local recorder in tests, never set in Azure.
    /// </summary>
    public string? ApiBaseUrl { get; set; }

    public bool IsEnabled => !string.IsNullOrEmpty(AuthToken) && !string.IsNullOrEmpty(WebhookUrl) && !string.IsNullOrEmpty(AccountSid);

    public IEnumerable<string> Problems()
    {
        foreach (var (name, value) in new[] { (nameof(WebhookUrl), WebhookUrl), (nameof(ApiBaseUrl), ApiBaseUrl) })
        {
            if (!string.IsNullOrEmpty(value) && (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
            {
                yield return $"{SectionName}:{name} must be an absolute http(s) address (got '{value}').";
            }
        }
    }
}
