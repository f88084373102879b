using Microsoft.Extensions.Options;
using Twilio.Clients;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Remediation.Api.Confirmations.TextMessages;

/// <summary>
/// Sends a reply text through Twilio's SDK. Its HTTP client comes from the factory (named <see cref="ClientName"/>), so
/// a test can record what would be sent; <see cref="TextMessageOptions.ApiBaseUrl"/> points it at a local recorder.
/// </summary>
public sealed class TextReplies(IHttpClientFactory clients, IOptions<TextMessageOptions> options)
{
    public const string ClientName = "twilio";

    public async Task SendAsync(string to, string from, string body, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var http = clients.CreateClient(ClientName);
        var client = new TwilioRestClient(o.AccountSid, o.AuthToken, httpClient: new Twilio.Http.SystemNetHttpClient(http));
        await MessageResource.CreateAsync(to: new PhoneNumber(to), from: new PhoneNumber(from), body: body, client: client)
            .WaitAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>Sends the SDK's requests to <see cref="TextMessageOptions.ApiBaseUrl"/> when it is set (a local recorder).</summary>
public sealed class TwilioBaseAddress(IOptions<TextMessageOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (options.Value.ApiBaseUrl is { Length: > 0 } baseUrl && request.RequestUri is { } uri)
        {
            var target = new Uri(baseUrl);
            request.RequestUri = new UriBuilder(uri) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
