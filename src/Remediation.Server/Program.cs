using Grpc.Net.Client;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Remediation.Api;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Parties;
using Remediation.Notifications;
using Remediation.Notifications.Dispatch;
using Remediation.Server;
using Remediation.Server.Demo;
using Remediation.Server.DevelopmentStorage;
using Remediation.Server.Engine;
using Remediation.Server.RateLimiting;
using Remediation.Server.Telemetry;
using Remediation.Server.Sweep;
using Remediation.Storage;
using Scalar.AspNetCore;
using Remediation.Workflows;

// The standalone server: the API, the case orchestrations and the sweep on one machine, over Azurite by default.
var demo = args.Contains("--demo");
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--demo").ToArray());
// The console's files come from the Remediation.Web build (static web assets) in every environment, not only Development.
builder.WebHost.UseStaticWebAssets();
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

// A second server on a busy port stops here, before it starts anything: one line, exit code 1.
if (ListenAddress.FirstBusy(builder.Configuration["urls"] ?? builder.Configuration["ASPNETCORE_URLS"] ?? "http://127.0.0.1:5080") is { } busy)
{
    await Console.Error.WriteLineAsync($"Cannot listen on {busy}: the address is in use (another Remediation server?). Stop it, or choose another address with --urls.");
    return 1;
}

using var startupLogs = LoggerFactory.Create(l => l
    .AddSimpleConsole(o => o.SingleLine = true)
    .AddConfiguration(builder.Configuration.GetSection("Logging"))
    .AddFilter("DurableTask.AzureStorage", LogLevel.Warning)
    .AddFilter("DurableTask.Core", LogLevel.Warning));
var log = startupLogs.CreateLogger("Remediation.Server");
await using var azurite = await LocalStorage.EnsureAsync(builder.Configuration, log);
var connection = StorageConnection.From(builder.Configuration);
var connectionString = connection.ConnectionString ?? throw new InvalidOperationException("The standalone server needs AzureWebJobsStorage as a connection string.");
var engineOptions = builder.Configuration.GetSection(EngineOptions.SectionName).Get<EngineOptions>() ?? new EngineOptions();
await using var engine = await DurableEngine.StartAsync(connectionString, builder.Configuration["REMEDIATION_TASK_HUB"] ?? "remediation", engineOptions, startupLogs);
using var channel = GrpcChannel.ForAddress(engine.Address);

builder.Services.AddRemediationStorage(connection, builder.Configuration["Remediation:TablePrefix"] ?? string.Empty);
builder.Services.AddRemediationWorkflowServices();
builder.Services.AddRemediationApi();
builder.Services.Configure<ApiOptions>(builder.Configuration.GetSection(ApiOptions.SectionName));
builder.Services.Configure<DeadlinePolicy>(builder.Configuration.GetSection(DeadlinePolicy.SectionName));
builder.Services.Configure<VerificationPolicy>(builder.Configuration.GetSection(VerificationPolicy.SectionName));
builder.Services.AddDurableTaskWorker(worker => worker.AddTasks(registry => registry.AddRemediationWorkflows()).UseGrpc(channel));
builder.Services.AddDurableTaskClient(client => client.UseGrpc(channel));
builder.Services.AddHostedService<WorkerFirstShutdown>();
builder.Services.AddHostedService<SweepService>();
builder.Services.AddRemediationNotifications(builder.Configuration, builder.Environment.IsDevelopment());
builder.Services.AddHostedService<NotificationPump>();
builder.Services.AddApiKeyRateLimiting(builder.Configuration);
builder.Services.AddServerTelemetry(builder.Configuration);

var app = builder.Build();
await app.Services.EnsureStorageAsync();
var problems = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DeadlinePolicy>>().Value.Problems()
    .Concat(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Remediation.Domain.Notifications.RetryPolicy>>().Value.Problems()).ToList();
if (problems.Count > 0)
{
    throw new InvalidOperationException("Invalid configuration: " + string.Join(" ", problems));
}

// Anything a handler did not turn into a problem itself is a 500 problem with a trace id and nothing internal.
app.UseExceptionHandler(failed => failed.Run(context => Remediation.Api.Problems.Problem.Internal().ExecuteAsync(context)));
app.UseRateLimiter();
app.MapRemediationApi();
app.MapScalarApiReference("/api/v1/reference", reference => reference.WithTitle("Remediation API").WithOpenApiRoutePattern("/api/v1/openapi.json"));
// The web console (src/Remediation.Web) at /: its files, and index.html for its own routes (/cases/...).
app.MapStaticAssets();
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
Console.WriteLine($"Remediation is listening on {url} (API under {url}/api/v1/)");
if (app.Environment.IsDevelopment() || demo)
{
    var keys = await DemoKeys.CreateAsync(app.Services.GetRequiredService<IPartyStore>(), app.Services.GetRequiredService<IApiKeyStore>(), TimeProvider.System);
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

await app.WaitForShutdownAsync();
return 0;
