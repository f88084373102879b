using Remediation.Api;
using Remediation.Api.Composition;
using Remediation.Composition;
using Remediation.Development;
using Remediation.Domain.Parties;
using Remediation.Notifications;
using Remediation.Notifications.Dispatch;
using Remediation.Server;
using Remediation.Server.Demo;
using Remediation.Server.Engine;
using Remediation.Server.Identity;
using Remediation.Server.Schedules;
using Remediation.Server.Telemetry;
using Remediation.Storage;
using Scalar.AspNetCore;

// The standalone server: the API, the case orchestrations and the sweep on one machine, over Azurite by default.
var demo = args.Contains("--demo");
// The console is served as published beside the server (console/, by the build): trimmed, precompressed, cached.
var console = Path.Combine(AppContext.BaseDirectory, "console");
var builder = WebApplication.CreateBuilder(
    new WebApplicationOptions { Args = [.. args.Where(a => a != "--demo")], WebRootPath = Path.Combine(console, "wwwroot") });
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

var serverUrls = builder.Configuration["urls"] ?? builder.Configuration["ASPNETCORE_URLS"] ?? LocalSignIn.DefaultServerUrl;
// In Development: a local OpenID Connect provider as the API's authority (its URL chosen and configured before the build).
await using var localSignIn = LocalSignIn.Configure(builder, serverUrls);

// A second server on a busy port stops here, before it starts anything: one line, exit code 1.
if (ListenAddress.FirstBusy(serverUrls + ";" + localSignIn?.Url) is { } busy)
{
    await Console.Error.WriteLineAsync(
        $"Cannot listen on {busy}: the address is in use (another Remediation server?). Stop it, or choose another address with --urls.");
    return 1;
}

// Azurite (when the server starts it) runs in its own process group and is disposed last: after the engine stopped.
await using var azurite = await LocalStorage.EnsureAsync(builder.Configuration, Console.Out);

builder.Logging.AddFilter("DurableTask.AzureStorage", LogLevel.Warning).AddFilter("DurableTask.Core", LogLevel.Warning);
builder.Services.AddRemediation(builder.Configuration, builder.Environment.IsDevelopment());
builder.Services.AddDurableEngine(builder.Configuration);
builder.Services.AddHostedService<SweepService>();
builder.Services.AddHostedService<HistoryPurgeService>();
builder.Services.AddHostedService<ReportFactsCatchUp>();
builder.Services.AddHostedService<NotificationPump>();
builder.Services.AddServerTelemetry(builder.Configuration);
if (localSignIn is not null)
{
    builder.Services.AddSingleton<Remediation.Development.Identity.ILocalSignInEvents, AuditSignInEvents>();
}

// A stop is bounded: the engine has its own 10 s, everything else shares what remains of 20 s.
builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));

var app = builder.Build();
if (InvalidOptions.Find(app.Services) is { } invalid)
{
    await Console.Error.WriteLineAsync($"Invalid configuration: {invalid}");
    return 1;
}

await app.Services.EnsureStorageAsync();
if (localSignIn is not null)
{
    await localSignIn.StartAsync(app.Services, app.Lifetime.ApplicationStopping);
}

// Security headers on every answer: the API's, and the console's with the hashes of its page's inline scripts.
var consoleHeaders = new Remediation.Server.Security.ConsoleHeaders(app.Environment, app.Configuration);
app.Use(consoleHeaders.InvokeAsync);

// Anything a handler did not turn into a problem itself is a 500 problem with a trace id and nothing internal.
app.UseExceptionHandler(failed => failed.Run(context => Remediation.Api.Problems.Problem.Internal().ExecuteAsync(context)));
app.MapRemediationApi();
app.MapScalarApiReference("/api/v1/reference", reference => reference.WithTitle("Remediation API").WithOpenApiRoutePattern("/api/v1/openapi.json"));
// The web console (src/Remediation.Web) at /: its published files (Brotli or gzip as the browser accepts, fingerprinted
// ones cached for good), and index.html for its own routes (/cases/...).
app.MapStaticAssets(Path.Combine(console, "Remediation.Web.staticwebassets.endpoints.json"));
app.MapFallbackToFile("index.html");
try
{
    await app.StartAsync();
}
catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    // A second server on a busy port: one line and exit code 1, never a stack trace.
    await Console.Error.WriteLineAsync($"Cannot listen: {e.Message} Stop the other server, or choose another address with --urls.");
    return 1;
}

var url = app.Urls.First();
// Links in notifications point at this server unless Remediation:Notifications:PublicBaseUrl says otherwise.
var notificationOptions = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<NotificationOptions>>().Value;
notificationOptions.PublicBaseUrl ??= url;
// Slips and QR codes print this server's worker page unless Remediation:WorkerPage:PublicUrl says otherwise.
var workerPage = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Remediation.Api.Confirmations.WorkerPageOptions>>().Value;
workerPage.PublicUrl ??= url + "/confirm";
Console.WriteLine($"Remediation is listening on {url} (API under {url}/api/v1/)");
if (app.Environment.IsDevelopment() || demo)
{
    var keys = await DemoKeys.CreateAsync(
        app.Services.GetRequiredService<IPartyStore>(), app.Services.GetRequiredService<IApiKeyStore>(), TimeProvider.System);
    Console.WriteLine($"Demo API keys (valid 30 days; parties {DemoKeys.PartnerId}, {DemoKeys.SupplierId}):");
    Console.WriteLine($"  partner    {keys.Partner}");
    Console.WriteLine($"  supplier   {keys.Supplier}");
    Console.WriteLine($"  caseworker {keys.Caseworker}");
    Console.WriteLine($"  admin      {keys.Admin}");
    if (demo)
    {
        _ = Task.Run(() => DemoCases.LoadAsync(new Uri(url + "/api/v1/"), keys, app.Lifetime.ApplicationStopping));
    }
}

if (localSignIn is not null)
{
    await DemoMembers.EnsureAsync(
        app.Services.GetRequiredService<Remediation.Domain.Members.IMemberStore>(),
        localSignIn.People,
        TimeProvider.System,
        app.Lifetime.ApplicationStopping);
    localSignIn.People.Print(Console.Out);
}

await app.WaitForShutdownAsync();
await app.DisposeAsync();
Console.WriteLine("Remediation stopped.");
return 0;
