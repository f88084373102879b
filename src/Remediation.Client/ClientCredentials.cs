using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Remediation.Client;

/// <summary>
/// The OAuth 2.0 client credentials flow for a machine client (a partner's integration registered as an app): asks the
/// token endpoint for an access token and keeps it until a minute before it expires. Thread-safe.
/// </summary>
public sealed class ClientCredentials(
    HttpClient http, Uri tokenEndpoint, string clientId, string clientSecret, string scope, TimeProvider? clock = null)
    : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly TimeProvider time = clock ?? TimeProvider.System;
    private (string Token, DateTimeOffset Until)? current;

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        if (current is { } held && held.Until > time.GetUtcNow())
        {
            return held.Token;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (current is { } again && again.Until > time.GetUtcNow())
            {
                return again.Token;
            }

            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = clientSecret, ["scope"] = scope,
            });
            using var response = await http.PostAsync(tokenEndpoint, form, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The token endpoint answered without a body.");
            current = (answer.AccessToken, time.GetUtcNow().AddSeconds(Math.Max(0, answer.ExpiresIn - 60)));
            return answer.AccessToken;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string AccessToken, [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
