using Remediation.Client;

namespace Remediation.Web.Session;

/// <summary>Where the API is: the console's own origin (standalone server) or the Functions app (ApiBaseUrl, Azure).</summary>
public sealed class ApiEndpoint(Uri baseAddress, HttpMessageHandler? handler = null)
{
    public Uri BaseAddress { get; } = baseAddress;

    public RemediationClient ClientFor(string key) => RemediationClient.Create(BaseAddress, key, handler);
}
