using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Remediation.Domain.Parties;

namespace Remediation.Api.Authentication;

/// <summary>
/// Turns <c>Authorization: Bearer &lt;key&gt;</c> into a <see cref="Caller"/>, or null for a missing, unknown,
/// expired or revoked key. Keys are looked up by the SHA-256 of the secret; the bootstrap admin key from
/// configuration is compared in constant time.
/// </summary>
public sealed class ApiKeyAuthenticator(IApiKeyStore keys, IOptions<ApiOptions> options, TimeProvider clock)
{
    public const string BootstrapKeyId = "bootstrap-admin";

    public async Task<Caller?> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length > 300)
        {
            return null;
        }

        var secret = header["Bearer ".Length..].Trim();
        if (secret.Length == 0)
        {
            return null;
        }

        if (options.Value.BootstrapAdminKey is { Length: >= 16 } bootstrap && ApiKeySecret.SameSecret(secret, bootstrap))
        {
            return new Caller(new Actor(Role.Admin, null), BootstrapKeyId);
        }

        var key = await keys.FindAsync(ApiKeySecret.Hash(secret), cancellationToken).ConfigureAwait(false);
        return key is not null && key.IsValidAt(clock.GetUtcNow()) ? new Caller(key.Actor, key.Id) : null;
    }
}
