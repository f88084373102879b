using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using Microsoft.JSInterop;
using Remediation.Web;
using Remediation.Web.Reading;
using Remediation.Web.Session;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.RootComponents.Add<HeadOutlet>("head::after");

// The standalone server serves the console and the API from one origin; in Azure, wwwroot/appsettings.json names the Functions app.
var api = builder.Configuration["ApiBaseUrl"] is { Length: > 0 } configured ? new Uri(configured) : new Uri(builder.HostEnvironment.BaseAddress);
builder.Services.AddSingleton(new ApiEndpoint(api));
// How people sign in is the API's to say (the same settings serve both hosts), asked once before the app is built.
var signIn = await SignInSettingsRequest.GetAsync(api);
builder.Services.AddSingleton(signIn);
if (signIn.UsesProvider)
{
    builder.Services.AddOidcAuthentication(options =>
    {
        options.ProviderOptions.Authority = signIn.View.Authority;
        options.ProviderOptions.ClientId = signIn.View.ClientId;
        // Authorization code with PKCE; offline_access brings a refresh token, so renewal needs no hidden frame.
        options.ProviderOptions.ResponseType = "code";
        foreach (var scope in signIn.View.Scopes.Append("offline_access").Except(options.ProviderOptions.DefaultScopes))
        {
            options.ProviderOptions.DefaultScopes.Add(scope);
        }

        var console = new Uri(builder.HostEnvironment.BaseAddress);
        options.ProviderOptions.PostLogoutRedirectUri = new Uri(console, "authentication/logout-callback").ToString();
    });
}

builder.Services.AddScoped<ApiSession>();
builder.Services.AddLocalization();
builder.Services.AddSingleton<ReaderNumbers>();

var host = builder.Build();
host.Services.GetRequiredService<ReaderNumbers>().Adopt(host.Services.GetRequiredService<IJSRuntime>());
await host.RunAsync();
