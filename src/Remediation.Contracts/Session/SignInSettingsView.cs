namespace Remediation.Contracts.Session;

/// <summary>
/// GET /session/settings (no key needed): how a console signs people in. Without an <see cref="Authority"/> only API
/// keys work.
/// </summary>
public sealed record SignInSettingsView
{
    /// <summary>The OpenID Connect issuer (Microsoft Entra ID in Azure, the local provider in Development).</summary>
    public string? Authority { get; init; }

    /// <summary>The console's client id at that provider.</summary>
    public string? ClientId { get; init; }

    /// <summary>The scopes the console asks for to call this API.</summary>
    public required IReadOnlyList<string> Scopes { get; init; }

    /// <summary>Whether the console may also offer to paste an API key (the operator's choice; on in Development).</summary>
    public required bool AllowApiKeySignIn { get; init; }
}
