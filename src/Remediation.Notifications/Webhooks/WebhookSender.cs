using System.Net;
using System.Net.Http.Headers;
using System.Globalization;
using Microsoft.Extensions.Options;
using Remediation.Domain.Notifications;
using Remediation.Notifications.Dispatch;

namespace Remediation.Notifications.Webhooks;

/// <summary>
/// POSTs one signed event to one endpoint: 2xx is delivered, 410 Gone means the endpoint is gone, anything else
/// (another status, a redirect, a timeout, a refused address) is a failed attempt to retry.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    private readonly HttpClient http;
    private readonly CloudEventBody body;
    private readonly TimeProvider clock;

    public WebhookSender(AddressGuard guard, IHostResolver resolver, CloudEventBody body, IOptions<NotificationOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        http = new HttpClient(GuardedConnection.CreateHandler(guard, resolver)) { Timeout = options.Value.Webhooks.Timeout };
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Remediation-Webhooks", "1.0"));
        this.body = body;
        this.clock = clock;
    }

    public async Task<AttemptResult> SendAsync(Subscription subscription, Delivery delivery, OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(delivery);
        var now = clock.GetUtcNow();
        var timestamp = now.ToUnixTimeSeconds();
        var bytes = body.Encode(entry);
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url) { Content = new ReadOnlyMemoryContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(CloudEventBody.ContentType) { CharSet = "utf-8" };
        request.Headers.Add("webhook-id", delivery.Id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSignature.Sign(subscription.SigningSecrets(now), delivery.Id, timestamp, bytes.Span));
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? new AttemptResult(true, status, null)
                : new AttemptResult(
                    false,
                    status,
                    status is >= 300 and < 400 ? "Redirects are not followed; register the final URL." : null,
                    response.StatusCode == HttpStatusCode.Gone);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return AttemptResult.Failed($"No answer within {http.Timeout.TotalSeconds:0} seconds.");
        }
        catch (HttpRequestException e)
        {
            return AttemptResult.Failed(e.Message);
        }
    }

    public void Dispose() => http.Dispose();
}
