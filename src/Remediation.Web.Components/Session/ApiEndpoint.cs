using Remediation.Client;

namespace Remediation.Web.Session;

/// <summary>Where the API is: the console's own origin (standalone server) or the Functions app (ApiBaseUrl, Azure).</summary>
public sealed class ApiEndpoint(Uri baseAddress, HttpMessageHandler? handler = null)
{
    public Uri BaseAddress { get; } = baseAddress;

    public RemediationClient ClientFor(string key) => RemediationClient.Create(BaseAddress, key, handler);

    /// <summary>A client that sends a person's access token, asking <paramref name="token"/> for it on each request.</summary>
    public RemediationClient ClientFor(Func<CancellationToken, ValueTask<string>> token) => RemediationClient.Create(BaseAddress, token, handler);
}
