using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Remediation.Domain.Parties;

namespace Remediation.Api.Authentication;

/// <summary>
/// Turns <c>Authorization: Bearer &lt;key&gt;</c> into a <see cref="Caller"/>, or null for a missing, unknown,
/// expired or revoked key. Keys are looked up by the SHA-256 of the secret; the bootstrap admin key from
/// configuration is compared in constant time; it expires (<see cref="ApiOptions.BootstrapAdminKeyExpiresOn"/>) and
/// can be revoked like any key.
/// </summary>
public sealed class ApiKeyAuthenticator(IApiKeyStore keys, IOptions<ApiOptions> options, TimeProvider clock)
{
    public const string BootstrapKeyId = "bootstrap-admin";

    /// <summary>The configured bootstrap key's hash, under which its revocation is stored; null when none is configured.</summary>
    public string? BootstrapKeyHash => options.Value.BootstrapAdminKey is { Length: >= 16 } bootstrap ? ApiKeySecret.Hash(bootstrap) : null;

    /// <summary>The bearer value of the Authorization header, or null when there is none (an API key or an access token).</summary>
    public static string? BearerOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length > Tokens.AccessTokenValidator.MaxTokenLength + 7)
        {
            return null;
        }

        var value = header["Bearer ".Length..].Trim();
        return value.Length == 0 ? null : value;
    }

    public async Task<Caller?> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var secret = BearerOf(request);
        if (secret is null || secret.Length > 300)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var hash = ApiKeySecret.Hash(secret);
        if (options.Value.BootstrapAdminKey is { Length: >= 16 } bootstrap && ApiKeySecret.SameSecret(secret, bootstrap))
        {
            // Valid until its configured expiry, and until an admin revokes it (a revocation is stored under its hash).
            var revoked = await keys.FindAsync(hash, cancellationToken).ConfigureAwait(false) is { Revoked: true };
            return !revoked && (options.Value.BootstrapAdminKeyExpiresOn is not { } expires || expires > now)
                ? new Caller(new Actor(Role.Admin, null) { By = ActedBy.Key(BootstrapKeyId, "bootstrap admin key (configuration)") })
                : null;
        }

        var key = await keys.FindAsync(hash, cancellationToken).ConfigureAwait(false);
        return key is not null && key.IsValidAt(now) ? new Caller(key.Actor) : null;
    }
}
