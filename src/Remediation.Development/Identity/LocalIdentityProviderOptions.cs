namespace Remediation.Development.Identity;

/// <summary>Where the local provider listens, whom it knows and what it puts in tokens.</summary>
public sealed class LocalIdentityProviderOptions
{
    /// <summary>The provider's loopback URL; the issuer is exactly this, with a trailing slash.</summary>
    public required Uri Url { get; init; }

    /// <summary>
    /// Origins of the web console: redirect URIs {origin}/authentication/login-callback, post-logout URIs
    /// {origin}/authentication/logout-callback, and the origins allowed by CORS and the login page's form-action.
    /// </summary>
    public IReadOnlyList<Uri> ConsoleOrigins { get; init; } = [];

    /// <summary>The resource put in access tokens' aud when <see cref="ApiScope"/> is asked for.</summary>
    public string Audience { get; init; } = "remediation-api";

    public string ApiScope { get; init; } = "remediation-api";

    /// <summary>The console: a public client, authorization code with PKCE, refresh tokens.</summary>
    public string ConsoleClientId { get; init; } = "remediation-console";

    public IReadOnlyList<LocalPerson> People { get; init; } = [];

    /// <summary>Confidential clients allowed client credentials for <see cref="ApiScope"/>.</summary>
    public IReadOnlyList<LocalMachineClient> MachineClients { get; init; } = [];

    /// <summary>More scopes, each giving a token whose aud is that scope: a real token for another API (tests).</summary>
    public IReadOnlyList<string> OtherAudiences { get; init; } = [];

    public TimeSpan AccessTokenLifetime { get; init; } = TimeSpan.FromMinutes(15);
}
