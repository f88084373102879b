using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.WebAssembly.Authentication;
using Microsoft.JSInterop;
using Remediation.Client;
using Remediation.Contracts.Admin;
using Remediation.Contracts.Session;

namespace Remediation.Web.Session;

/// <summary>
/// Who is signed in and the typed client that acts for them: a person signed in at the identity provider (their access
/// token, kept by the provider's script in this tab's sessionStorage and renewed silently), or, where the operator allows
/// it, a pasted API key (in memory and the tab's sessionStorage only, never localStorage or a cookie). Either goes when
/// the tab closes or the user signs out.
/// </summary>
public sealed class ApiSession(
    IJSRuntime js, ApiEndpoint endpoint, SignInSettings settings, NavigationManager navigation, IAccessTokenProvider? tokens = null)
{
    private const string StorageKey = "remediation.apiKey";

    public RemediationClient? Api { get; private set; }

    public CallerView? Caller { get; private set; }

    public bool IsSignedIn => Caller is not null;

    /// <summary>Signed in at the identity provider (not with a key): signing out signs out there too.</summary>
    public bool IsPerson { get; private set; }

    /// <summary>Why the API refused the person who signed in at the provider (no membership, disabled), if it did.</summary>
    public string? Refusal { get; private set; }

    public SignInSettings Settings => settings;

    public bool Is(ApiRole role) => Caller?.Role == role;

    public event EventHandler? Changed;

    /// <summary>Checks the key with GET /me; on success keeps it. Throws <see cref="RemediationApiException"/> when the API refuses it.</summary>
    public async Task SignInAsync(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (!settings.AllowsApiKey)
        {
            throw new InvalidOperationException("This console signs people in at the identity provider only.");
        }

        var api = endpoint.ClientFor(key.Trim());
        Caller = await api.GetCallerAsync().ConfigureAwait(true);
        Api = api;
        IsPerson = false;
        await js.InvokeVoidAsync("sessionStorage.setItem", StorageKey, key.Trim()).ConfigureAwait(true);
        Changed?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>To the identity provider's sign-in page (authorization code with PKCE); back here when done.</summary>
    public void SignInWithProvider() => navigation.NavigateToLogin("authentication/login");

    /// <summary>
    /// Whether this tab may hold a key or a person's tokens to restore: read synchronously in the browser, so a first visit
    /// shows the sign-in screen in the app's first render (without a "Loading" flash over the page's own form).
    /// </summary>
    public bool MayRestore =>
        IsSignedIn
        || js is not IJSInProcessRuntime page
        || !string.IsNullOrEmpty(page.Invoke<string?>("sessionStorage.getItem", StorageKey))
        || (settings.UserStorageKey is { } user && !string.IsNullOrEmpty(page.Invoke<string?>("sessionStorage.getItem", user)));

    /// <summary>After a reload or the provider's redirect back: the key this tab signed in with, or the person's token.</summary>
    public async Task RestoreAsync()
    {
        if (IsSignedIn)
        {
            return;
        }

        var key = await js.InvokeAsync<string?>("sessionStorage.getItem", StorageKey).ConfigureAwait(true);
        if (!string.IsNullOrEmpty(key) && settings.AllowsApiKey)
        {
            try
            {
                await SignInAsync(key).ConfigureAwait(true);
            }
            catch (RemediationApiException)
            {
                await ForgetKeyAsync().ConfigureAwait(true);
            }

            return;
        }

        if (tokens is not null && settings.UsesProvider
            && (await tokens.RequestAccessToken().ConfigureAwait(true)).TryGetToken(out _))
        {
            await SignInAsPersonAsync().ConfigureAwait(true);
        }
    }

    /// <summary>Signs out; a person also at the identity provider (its end-session endpoint), then back to the console.</summary>
    public async Task SignOutAsync()
    {
        var person = IsPerson || Refusal is not null;
        Api = null;
        Caller = null;
        IsPerson = false;
        Refusal = null;
        await ForgetKeyAsync().ConfigureAwait(true);
        if (person)
        {
            navigation.NavigateToLogout("authentication/logout", "authentication/logged-out");
        }
    }

    private async Task SignInAsPersonAsync()
    {
        var api = endpoint.ClientFor(TokenAsync);
        try
        {
            Caller = await api.GetCallerAsync().ConfigureAwait(true);
            Api = api;
            IsPerson = true;
            Refusal = null;
        }
        catch (RemediationApiException refused)
        {
            // Signed in at the provider, but not a member here (or disabled): the problem says whom to ask.
            Refusal = refused.Detail ?? refused.Message;
        }

        Changed?.Invoke(this, EventArgs.Empty);
    }

    private async ValueTask<string> TokenAsync(CancellationToken cancellationToken)
    {
        var result = await tokens!.RequestAccessToken().ConfigureAwait(true);
        if (result.TryGetToken(out var token))
        {
            return token.Value;
        }

        // Not renewable silently (the provider's session ended): to its sign-in page, and back to this page after.
        var missing = new AccessTokenNotAvailableException(navigation, result, null);
        missing.Redirect();
        throw missing;
    }

    private async Task ForgetKeyAsync()
    {
        await js.InvokeVoidAsync("sessionStorage.removeItem", StorageKey).ConfigureAwait(true);
        Changed?.Invoke(this, EventArgs.Empty);
    }
}
