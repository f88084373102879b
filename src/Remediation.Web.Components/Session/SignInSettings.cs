using Remediation.Contracts.Session;

namespace Remediation.Web.Session;

/// <summary>
/// How this console signs people in, as the API said at start (GET /session/settings): with the identity provider
/// (OpenID Connect) when it names one, and by pasting an API key only where the operator allows it.
/// </summary>
public sealed class SignInSettings(SignInSettingsView view)
{
    /// <summary>Keys only: the API named no provider, or could not be asked.</summary>
    public static SignInSettings KeysOnly { get; } = new(new SignInSettingsView { Scopes = [], AllowApiKeySignIn = true });

    public SignInSettingsView View { get; } = view ?? throw new ArgumentNullException(nameof(view));

    public bool UsesProvider => !string.IsNullOrEmpty(View.Authority) && !string.IsNullOrEmpty(View.ClientId);

    public bool AllowsApiKey => View.AllowApiKeySignIn;

    /// <summary>Where the provider's JavaScript keeps the signed-in user in this tab (oidc-client's sessionStorage key).</summary>
    public string? UserStorageKey => UsesProvider ? $"oidc.user:{View.Authority}:{View.ClientId}" : null;
}
