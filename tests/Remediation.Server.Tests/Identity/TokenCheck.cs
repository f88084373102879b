using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Remediation.Server.Tests.Identity;

/// <summary>Validates a token as an API would: the issuer's published keys (discovery, JWKS over HTTP), issuer, audience, lifetime.</summary>
internal static class TokenCheck
{
    public static async Task<JsonWebToken> ValidAsync(Uri issuer, string token, string audience = "remediation-api")
    {
        var metadata = new ConfigurationManager<OpenIdConnectConfiguration>(
            new Uri(issuer, ".well-known/openid-configuration").ToString(),
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever { RequireHttps = false });
        var configuration = await metadata.GetConfigurationAsync(CancellationToken.None);
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = configuration.Issuer,
            ValidAudience = audience,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        return (JsonWebToken)result.SecurityToken;
    }
}
