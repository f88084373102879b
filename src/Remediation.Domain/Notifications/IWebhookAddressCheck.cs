namespace Remediation.Domain.Notifications;

/// <summary>
/// Whether a URL may be a webhook endpoint (https, a public address): the API asks when a subscription is made or
/// switched on; the notifications' sender checks again on every connection.
/// </summary>
public interface IWebhookAddressCheck
{
    /// <summary>Null when the URL may be used; otherwise why not, for the person who gave it.</summary>
    Task<string?> CheckAsync(Uri url, CancellationToken cancellationToken = default);
}
