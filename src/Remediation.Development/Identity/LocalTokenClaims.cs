using System.Collections.Immutable;
using System.Security.Claims;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Remediation.Development.Identity;

/// <summary>The principal a token is made from: who (a person or a machine client), the scopes granted and the audiences they give.</summary>
internal sealed class LocalTokenClaims(LocalIdentityProviderOptions options)
{
    public ClaimsPrincipal ForPerson(LocalPerson person, ImmutableArray<string> scopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, person.Subject)
            .SetClaim(Claims.Name, person.Name)
            .SetClaim(Claims.Email, person.Email)
            .SetClaim(Claims.EmailVerified, person.EmailVerified);
        return Finish(identity, scopes);
    }

    public ClaimsPrincipal ForMachine(string clientId, string name, ImmutableArray<string> scopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, clientId).SetClaim(Claims.Name, name);
        return Finish(identity, scopes);
    }

    private static ClaimsIdentity NewIdentity() =>
        new(authenticationType: "local-identity", nameType: Claims.Name, roleType: Claims.Role);

    private ClaimsPrincipal Finish(ClaimsIdentity identity, ImmutableArray<string> scopes)
    {
        identity.SetScopes(scopes);
        // Without resources the access token has no aud; each API scope names its audience, as Entra's do.
        identity.SetResources(scopes.Select(Audience).OfType<string>().Distinct(StringComparer.Ordinal));
        // Claims without destinations are left out of every token: the person's name and e-mail go in both.
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return new ClaimsPrincipal(identity);
    }

    private string? Audience(string scope) =>
        scope == options.ApiScope ? options.Audience : options.OtherAudiences.Contains(scope, StringComparer.Ordinal) ? scope : null;
}
