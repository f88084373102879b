using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Remediation.Development.Identity;

/// <summary>
/// A real OpenID Connect provider on its own loopback port, standing in for Microsoft Entra ID on a developer's machine
/// and in tests: discovery, JWKS, authorize (code + PKCE) with a login page, token, endsession and userinfo over HTTP.
/// </summary>
public sealed class LocalIdentityProvider : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly LocalPeople people;
    private readonly RSA rsa;

    private LocalIdentityProvider(WebApplication app, LocalPeople people, RSA rsa, RsaSecurityKey key, Uri issuer)
    {
        this.app = app;
        this.people = people;
        this.rsa = rsa;
        Issuer = issuer;
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256);
    }

    /// <summary>The issuer: the provider's URL with a trailing slash.</summary>
    public Uri Issuer { get; }

    /// <summary>The ephemeral RSA key tokens are signed with (tests mint expired or not-yet-valid tokens with it).</summary>
    public SigningCredentials SigningCredentials { get; }

    public static async Task<LocalIdentityProvider> StartAsync(
        LocalIdentityProviderOptions options, ILocalSignInEvents? events = null, ILoggerFactory? logging = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var issuer = new Uri(options.Url.GetLeftPart(UriPartial.Authority) + "/");
        var people = new LocalPeople(options.People);
        // Ephemeral, in memory: no development certificate (it writes to the user's X509 store, and parallel test processes race on it).
        var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(12)) };
        try
        {
            var app = Build(options, issuer, people, key, events ?? new NoSignInEvents(), logging);
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await LocalIdentitySeed.RegisterAsync(
                    scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>(), options, ct).ConfigureAwait(false);
            }

            await app.StartAsync(ct).ConfigureAwait(false);
            return new LocalIdentityProvider(app, people, rsa, key, issuer);
        }
        catch
        {
            rsa.Dispose();
            throw;
        }
    }

    /// <summary>Someone who can sign in from now on (an invited person); a known user name gets the new details.</summary>
    public void AddPerson(LocalPerson person) => people.Add(person);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        rsa.Dispose();
    }

    private static WebApplication Build(
        LocalIdentityProviderOptions options, Uri issuer, LocalPeople people, RsaSecurityKey key, ILocalSignInEvents events, ILoggerFactory? logging)
    {
        // Empty: none of the host's settings (its URLs, environment, appsettings.json, Kestrel endpoints) reach the provider.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "Remediation.LocalIdentity" });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Parse(issuer.Host == "localhost" ? "127.0.0.1" : issuer.Host), issuer.Port);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 64 * 1024;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (logging is not null)
        {
            builder.Logging.AddProvider(new ForwardedLogs(logging));
        }

        var port = issuer.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var services = builder.Services;
        services.AddRouting();
        // The host that started the provider owns Ctrl-C and SIGTERM; it stops the provider by disposing it.
        services.AddSingleton<IHostLifetime, OwnerLifetime>();
        services.AddSingleton(options).AddSingleton(people).AddSingleton(events).AddSingleton<LocalTokenClaims>();
        // Keys live and die with the provider, as the passwords do.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        // Cookies ignore ports: names carry the port so that providers (and the API) on one host never share them.
        services.AddAntiforgery(a => a.Cookie.Name = "remediation-idp-antiforgery-" + port);
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.LoginPath = LoginPage.Path;
            cookie.Cookie.Name = "remediation-idp-" + port;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.HttpOnly = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins([.. options.ConsoleOrigins.Select(o => o.GetLeftPart(UriPartial.Authority))])
            .AllowAnyHeader()
            .WithMethods(HttpMethods.Get, HttpMethods.Post)));
        // One database per provider: the name is taken once, not each time a context is made.
        var database = "local-identity-" + Guid.NewGuid().ToString("N");
        services.AddDbContext<LocalIdentityDbContext>(db => db
            .UseInMemoryDatabase(database)
            .ConfigureWarnings(w => w.Ignore(InMemoryEventId.TransactionIgnoredWarning))
            .UseOpenIddict());
        services.AddOpenIddict()
            // No bulk operations: ExecuteUpdate/ExecuteDelete do not exist on the in-memory provider.
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<LocalIdentityDbContext>().DisableBulkOperations())
            .AddServer(server => ConfigureServer(server, options, issuer, key));

        var app = builder.Build();
        // OpenIddict does no CORS; the console (another origin) reads discovery and keys and calls token and userinfo.
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/.well-known", StringComparison.Ordinal)
                || context.Request.Path.StartsWithSegments("/connect/token", StringComparison.Ordinal)
                || context.Request.Path.StartsWithSegments("/connect/userinfo", StringComparison.Ordinal),
            branch => branch.UseCors());
        app.UseRouting();
        app.UseAuthentication();
        new LoginPage(options.ConsoleOrigins).Map(app);
        app.MapLocalIdentity();
        return app;
    }

    private static void ConfigureServer(OpenIddictServerBuilder server, LocalIdentityProviderOptions options, Uri issuer, RsaSecurityKey key)
    {
        // The issuer is fixed: taken from the Host header, localhost and 127.0.0.1 would be two issuers.
        server.SetIssuer(issuer)
            .SetAuthorizationEndpointUris("connect/authorize")
            .SetTokenEndpointUris("connect/token")
            .SetEndSessionEndpointUris("connect/endsession")
            .SetUserInfoEndpointUris("connect/userinfo")
            .AllowAuthorizationCodeFlow()
            .AllowRefreshTokenFlow()
            .AllowClientCredentialsFlow()
            .RequireProofKeyForCodeExchange()
            .RegisterScopes([Scopes.OpenId, Scopes.Email, Scopes.Profile, Scopes.OfflineAccess, options.ApiScope, .. options.OtherAudiences])
            .SetAccessTokenLifetime(options.AccessTokenLifetime)
            .AddSigningKey(key)
            // Codes and refresh tokens are still encrypted; access tokens are plain JWTs the API can read, as Entra's are.
            .AddEphemeralEncryptionKey()
            .DisableAccessTokenEncryption()
            // Access tokens carry nbf, as Entra's do (OpenIddict leaves it out unless the handler sets default times).
            .Configure(o => o.JsonWebTokenHandler.SetDefaultTimesOnTokenCreation = true);
        server.UseAspNetCore()
            .EnableAuthorizationEndpointPassthrough()
            .EnableTokenEndpointPassthrough()
            .EnableEndSessionEndpointPassthrough()
            .EnableUserInfoEndpointPassthrough()
            // Plain http on loopback.
            .DisableTransportSecurityRequirement();
    }

    private sealed class OwnerLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class NoSignInEvents : ILocalSignInEvents
    {
        public Task SignedInAsync(LocalPerson person, CancellationToken ct) => Task.CompletedTask;

        public Task SignInFailedAsync(string userName, CancellationToken ct) => Task.CompletedTask;
    }
}
