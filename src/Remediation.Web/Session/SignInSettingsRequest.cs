using System.Net.Http.Json;
using Remediation.Contracts.Session;

namespace Remediation.Web.Session;

/// <summary>GET /session/settings with a plain client (no key, no token yet): how this console signs people in.</summary>
internal static class SignInSettingsRequest
{
    public static async Task<SignInSettings> GetAsync(Uri api)
    {
        var root = api.AbsolutePath.TrimEnd('/').EndsWith("/api/v1", StringComparison.Ordinal) ? api : new Uri(api, "/api/v1/");
        using var http = new HttpClient { BaseAddress = new Uri(root.ToString().TrimEnd('/') + "/") };
        try
        {
            var view = await http.GetFromJsonAsync<SignInSettingsView>("session/settings").ConfigureAwait(true);
            return view is null ? SignInSettings.KeysOnly : new SignInSettings(view);
        }
        catch (Exception e) when (e is HttpRequestException or System.Text.Json.JsonException or TaskCanceledException)
        {
            // An API without the route (older) or out of reach: keys still work, and the sign-in screen says if they do not.
            await Console.Error.WriteLineAsync($"Sign-in settings not read ({e.Message}); signing in with API keys only.").ConfigureAwait(true);
            return SignInSettings.KeysOnly;
        }
    }
}
