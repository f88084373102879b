using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Remediation.Api.Authentication.Tokens;

/// <summary>
/// Validates an OpenID Connect access token (JWT) from the configured issuer: its signature with the keys the issuer
/// publishes (fetched from its discovery document, refreshed once on an unknown key id), issuer, audience, lifetime and
/// <c>nbf</c>. Done here rather than by the JWT bearer middleware because both hosts authenticate in one place, the
/// dispatcher, next to API keys, and the Functions worker has no per-function authentication (docs/decisions.md).
/// </summary>
public sealed class AccessTokenValidator : IDisposable
{
    /// <summary>Longest token accepted: Entra access tokens with groups run to a few KB.</summary>
    public const int MaxTokenLength = 8 * 1024;

    private readonly IdentityOptions options;
    private readonly HttpClient http;
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? metadata;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public AccessTokenValidator(IOptions<IdentityOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        http = new HttpClient { Timeout = TimeSpan.FromSeconds(10), MaxResponseContentBufferSize = 1024 * 1024 };
        if (this.options.Enabled)
        {
            metadata = new ConfigurationManager<OpenIdConnectConfiguration>(
                this.options.Authority!.TrimEnd('/') + "/.well-known/openid-configuration",
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever(http) { RequireHttps = this.options.RequireHttpsMetadata });
        }
    }

    public bool Enabled => metadata is not null;

    /// <summary>True for a bearer value shaped like a JWT (three base64url parts), which is never an API key.</summary>
    public static bool LooksLikeJwt(string bearer) =>
        bearer.StartsWith("eyJ", StringComparison.Ordinal) && bearer.Count(c => c == '.') == 2;

    /// <summary>The token's identity, or null with the reason it was refused.</summary>
    public async Task<(TokenIdentity? Identity, string? Refusal)> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        if (metadata is null)
        {
            return (null, "This service accepts API keys only (no identity provider is configured).");
        }

        if (token.Length > MaxTokenLength)
        {
            return (null, "The token is too long.");
        }

        var authority = options.Authority!;
        var parameters = new TokenValidationParameters
        {
            ConfigurationManager = metadata,
            ValidIssuers = [authority, authority.TrimEnd('/'), authority.TrimEnd('/') + "/"],
            ValidAudiences = options.Audiences.Where(a => !string.IsNullOrWhiteSpace(a)),
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256],
            ClockSkew = options.ClockSkew,
        };
        TokenValidationResult result;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            result = await handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenException or InvalidOperationException or JsonException)
        {
            return (null, "The token could not be read.");
        }

        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return (null, Reason(result.Exception));
        }

        return Identity(jwt);
    }

    public void Dispose() => http.Dispose();

    private (TokenIdentity? Identity, string? Refusal) Identity(JsonWebToken jwt)
    {
        var subject = Claim(jwt, options.SubjectClaim);
        var scopes = Claim(jwt, "scp") ?? Claim(jwt, "scope");
        var roles = Roles(jwt);

        // An ID token can carry the API's audience when one app registration is used for both; access tokens carry scopes or roles.
        if (scopes is null && roles.Count == 0)
        {
            return (null, "The token grants no scope or role for this API (an ID token is not an access token).");
        }

        if (string.IsNullOrEmpty(subject) || subject.Length > 200)
        {
            return (null, $"The token has no {options.SubjectClaim} claim.");
        }

        var clientId = Claim(jwt, "azp") ?? Claim(jwt, "client_id") ?? Claim(jwt, "appid");
        var isClient = Claim(jwt, "idtyp") == "app" || (scopes is null && roles.Count > 0) || (clientId is not null && clientId == Claim(jwt, "sub"));
        var email = Claim(jwt, "email");
        var verified = Truthy(jwt, "email_verified") || Truthy(jwt, "xms_edov");
        var id = Claim(jwt, "jti") ?? Claim(jwt, "uti") ?? $"{subject}:{jwt.IssuedAt.Ticks}";
        return (
            new TokenIdentity(
                jwt.Issuer.TrimEnd('/'), subject, Claim(jwt, "name") ?? Claim(jwt, "preferred_username"), email, verified, roles, isClient, id,
                new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero)),
            null);
    }

    private static string Reason(Exception? e) => e switch
    {
        SecurityTokenExpiredException => "The token has expired; sign in again.",
        SecurityTokenNotYetValidException => "The token is not valid yet (nbf is in the future).",
        SecurityTokenInvalidAudienceException => "The token is for another audience.",
        SecurityTokenInvalidIssuerException => "The token is from another issuer.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "The token's signature is not the issuer's.",
        _ => "The token is not valid.",
    };

    private static string? Claim(JsonWebToken jwt, string type) =>
        jwt.TryGetPayloadValue<object>(type, out var value) ? value switch
        {
            string s => s,
            JsonElement { ValueKind: JsonValueKind.String } j => j.GetString(),
            _ => value?.ToString(),
        } : null;

    private static bool Truthy(JsonWebToken jwt, string type) =>
        Claim(jwt, type) is { } value && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1");

    private static List<string> Roles(JsonWebToken jwt) => [.. jwt.Claims.Where(c => c.Type == "roles").Select(c => c.Value).Take(50)];
}
