using System.Net.Http.Headers;

namespace Remediation.Client;

/// <summary>
/// Puts an OpenID Connect access token on every request, asking <paramref name="token"/> for it each time (a token
/// source caches and renews: <see cref="ClientCredentials"/> for machine clients, the console's token provider for people).
/// </summary>
public sealed class BearerTokenHandler(Func<CancellationToken, ValueTask<string>> token, HttpMessageHandler? inner = null)
    : DelegatingHandler(inner ?? new HttpClientHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await token(cancellationToken).ConfigureAwait(false));
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
