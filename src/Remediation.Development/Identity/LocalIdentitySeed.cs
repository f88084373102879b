using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Remediation.Development.Identity;

/// <summary>The client applications registered at start: the console (public, code + PKCE) and the machine clients.</summary>
internal static class LocalIdentitySeed
{
    public static async Task RegisterAsync(IOpenIddictApplicationManager applications, LocalIdentityProviderOptions options, CancellationToken ct)
    {
        var console = new OpenIddictApplicationDescriptor
        {
            ClientId = options.ConsoleClientId,
            ClientType = ClientTypes.Public,
            ApplicationType = ApplicationTypes.Web,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "Remediation console",
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Email,
                Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var origin in options.ConsoleOrigins)
        {
            console.RedirectUris.Add(new Uri(origin, "/authentication/login-callback"));
            console.PostLogoutRedirectUris.Add(new Uri(origin, "/authentication/logout-callback"));
        }

        AddApiScopes(console, options);
        await applications.CreateAsync(console, ct).ConfigureAwait(false);

        foreach (var client in options.MachineClients)
        {
            var machine = new OpenIddictApplicationDescriptor
            {
                ClientId = client.ClientId,
                ClientSecret = client.Secret,
                ClientType = ClientTypes.Confidential,
                DisplayName = client.Name,
                Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
            };
            AddApiScopes(machine, options);
            await applications.CreateAsync(machine, ct).ConfigureAwait(false);
        }
    }

    private static void AddApiScopes(OpenIddictApplicationDescriptor application, LocalIdentityProviderOptions options)
    {
        foreach (var scope in options.OtherAudiences.Prepend(options.ApiScope))
        {
            application.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }
    }
}
