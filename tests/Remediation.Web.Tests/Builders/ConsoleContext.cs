using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Remediation.Web.Reading;
using Remediation.Web.Session;

namespace Remediation.Web.Tests.Builders;

/// <summary>A bUnit context with the console's services, its English texts and an API key signed in against <see cref="FakeApi"/>.</summary>
internal static class ConsoleContext
{
    public static async Task<(BunitContext Context, FakeApi Api)> SignedInAsync(
        string role, string? partyId = null, Action<FakeApi>? answers = null, string? person = null)
    {
        var api = new FakeApi().Me(role, partyId, person);
        answers?.Invoke(api);
        var context = SignedOut(SignInSettings.KeysOnly, api);
        await context.Services.GetRequiredService<ApiSession>().SignInAsync("rk_test-key");
        return (context, api);
    }

    /// <summary>Nobody signed in yet, with the ways of signing in the API named.</summary>
    public static BunitContext SignedOut(SignInSettings settings, FakeApi api)
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddLocalization();
        context.Services.AddSingleton(new ApiEndpoint(new Uri("http://console.test/"), api));
        context.Services.AddSingleton<ReaderNumbers>();
        context.Services.AddSingleton(settings);
        context.Services.AddScoped<ApiSession>();
        return context;
    }
}
