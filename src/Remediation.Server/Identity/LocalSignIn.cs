using Remediation.Development;
using Remediation.Development.Identity;

namespace Remediation.Server.Identity;

/// <summary>
/// In Development, with no authority configured: the local OpenID Connect provider on its own loopback port, set up as
/// the API's authority before the app is built and started before it serves, with the demo people.
/// </summary>
public sealed class LocalSignIn : IAsyncDisposable
{
    public const string DefaultServerUrl = "http://127.0.0.1:5080";
    private const string DefaultUrl = "http://127.0.0.1:5081/";
    private const string Api = "remediation-api";

    private readonly IReadOnlyList<Uri> consoleOrigins;
    private LocalIdentityProvider? provider;

    private LocalSignIn(Uri url, IReadOnlyList<Uri> consoleOrigins)
    {
        Url = url;
        this.consoleOrigins = consoleOrigins;
        People = DemoPeople.Create(url);
    }

    public Uri Url { get; }

    public DemoPeople People { get; }

    /// <summary>
    /// Chooses the provider's URL and writes the identity settings the API reads; null when not in Development, when an
    /// authority is configured, or when Remediation:Identity:Local:Enabled is false.
    /// </summary>
    public static LocalSignIn? Configure(WebApplicationBuilder builder, string serverUrls)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        if (!builder.Environment.IsDevelopment()
            || !string.IsNullOrEmpty(configuration["Remediation:Identity:Authority"])
            || string.Equals(configuration["Remediation:Identity:Local:Enabled"], "false", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var server = ServerOrigin(serverUrls);
        var url = configuration["Remediation:Identity:Local:Url"] is { Length: > 0 } configured ? new Uri(configured)
            : server.ToString().TrimEnd('/') == DefaultServerUrl && ListenAddress.FirstBusy(DefaultUrl) is null ? new Uri(DefaultUrl)
            : new Uri($"http://127.0.0.1:{LoopbackPort.Free()}/");
        var issuer = new Uri(url.GetLeftPart(UriPartial.Authority) + "/");
        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Remediation:Identity:Authority"] = issuer.ToString(),
            ["Remediation:Identity:Audiences:0"] = Api,
            ["Remediation:Identity:RequireHttpsMetadata"] = "false",
            ["Remediation:Identity:ConsoleClientId"] = "remediation-console",
            ["Remediation:Identity:Scopes:0"] = Api,
            ["Remediation:Identity:AllowApiKeySignIn"] = "true",
        });
        var twin = new UriBuilder(server) { Host = server.Host == "localhost" ? "127.0.0.1" : "localhost" }.Uri;
        return new LocalSignIn(issuer, [server, twin]);
    }

    /// <summary>Starts the provider; sign-ins are reported to an <see cref="ILocalSignInEvents"/> when the app registers one.</summary>
    public async Task StartAsync(IServiceProvider services, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        provider = await LocalIdentityProvider.StartAsync(
            new LocalIdentityProviderOptions
            {
                Url = Url,
                ConsoleOrigins = consoleOrigins,
                People = [.. People.People.Select(p => p.Person)],
                MachineClients = [People.Client.Client],
            },
            services.GetService<ILocalSignInEvents>(),
            services.GetRequiredService<ILoggerFactory>(),
            ct).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (provider is not null)
        {
            await provider.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The console's origin: the first address the server listens on, a wildcard host read as 127.0.0.1.</summary>
    private static Uri ServerOrigin(string serverUrls)
    {
        var first = serverUrls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault() ?? DefaultServerUrl;
        var uri = new Uri(first.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal));
        return new UriBuilder(uri) { Host = uri.Host is "0.0.0.0" or "[::]" ? "127.0.0.1" : uri.Host, Path = "/" }.Uri;
    }
}
