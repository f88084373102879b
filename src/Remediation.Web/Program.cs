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
builder.Services.AddScoped<ApiSession>();
builder.Services.AddLocalization();
builder.Services.AddSingleton<ReaderNumbers>();

var host = builder.Build();
host.Services.GetRequiredService<ReaderNumbers>().Adopt(host.Services.GetRequiredService<IJSRuntime>());
await host.RunAsync();
