using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using Remediation.Web;
using Remediation.Web.Session;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.RootComponents.Add<HeadOutlet>("head::after");

// The standalone server serves the console and the API from one origin; in Azure, wwwroot/appsettings.json names the Functions app.
var api = builder.Configuration["ApiBaseUrl"] is { Length: > 0 } configured ? new Uri(configured) : new Uri(builder.HostEnvironment.BaseAddress);
builder.Services.AddSingleton(new ApiEndpoint(api));
builder.Services.AddScoped<ApiSession>();
builder.Services.AddLocalization();

await builder.Build().RunAsync();
