using Microsoft.JSInterop;
using Remediation.Client;
using Remediation.Contracts.Admin;
using Remediation.Contracts.Session;

namespace Remediation.Web.Session;

/// <summary>
/// The signed-in key: kept in memory and in the tab's sessionStorage only (never localStorage or a cookie), so it
/// goes when the tab closes or the user signs out. <see cref="Api"/> is the typed client with that key.
/// </summary>
public sealed class ApiSession(IJSRuntime js, ApiEndpoint endpoint)
{
    private const string StorageKey = "remediation.apiKey";

    public RemediationClient? Api { get; private set; }

    public CallerView? Caller { get; private set; }

    public bool IsSignedIn => Caller is not null;

    public bool Is(ApiRole role) => Caller?.Role == role;

    public event EventHandler? Changed;

    /// <summary>Checks the key with GET /me; on success keeps it. Throws <see cref="RemediationApiException"/> when the API refuses it.</summary>
    public async Task SignInAsync(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var api = endpoint.ClientFor(key.Trim());
        Caller = await api.GetCallerAsync().ConfigureAwait(true);
        Api = api;
        await js.InvokeVoidAsync("sessionStorage.setItem", StorageKey, key.Trim()).ConfigureAwait(true);
        Changed?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>
    /// Whether this tab may hold a key to restore: read synchronously in the browser, so a first visit shows the sign-in
    /// form in the app's first render (without a "Loading" flash over the page's own form).
    /// </summary>
    public bool MayRestore =>
        IsSignedIn || js is not IJSInProcessRuntime page || !string.IsNullOrEmpty(page.Invoke<string?>("sessionStorage.getItem", StorageKey));

    /// <summary>After a reload: the key this tab signed in with, if it still works.</summary>
    public async Task RestoreAsync()
    {
        if (IsSignedIn)
        {
            return;
        }

        var key = await js.InvokeAsync<string?>("sessionStorage.getItem", StorageKey).ConfigureAwait(true);
        if (!string.IsNullOrEmpty(key))
        {
            try
            {
                await SignInAsync(key).ConfigureAwait(true);
            }
            catch (RemediationApiException)
            {
                await SignOutAsync().ConfigureAwait(true);
            }
        }
    }

    public async Task SignOutAsync()
    {
        Api = null;
        Caller = null;
        await js.InvokeVoidAsync("sessionStorage.removeItem", StorageKey).ConfigureAwait(true);
        Changed?.Invoke(this, EventArgs.Empty);
    }
}
