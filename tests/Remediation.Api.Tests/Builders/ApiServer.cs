using Remediation.Composition;
using Remediation.Development;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Remediation.Api.Composition;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Notifications;
using Remediation.Storage;
using Remediation.Testing;
using Remediation.Workflows;
using Remediation.Workflows.Tests.Builders;

namespace Remediation.Api.Tests.Builders;

/// <summary>
/// The API on a real Kestrel server on 127.0.0.1, with the real durable engine and storage on Azurite (tables of its
/// own), plus registered parties and a key for each role: what a partner's HTTP client talks to.
/// </summary>
internal sealed class ApiServer : IAsyncDisposable
{
    public const string BootstrapKey = "bootstrap-admin-key-for-tests-0123456789";

    private readonly WebApplication app;
    private readonly Engine engine;
    private readonly GrpcChannel channel;

    private ApiServer(WebApplication app, Engine engine, GrpcChannel channel, Uri address)
    {
        this.app = app;
        this.engine = engine;
        this.channel = channel;
        Address = address;
    }

    public Uri Address { get; }

    public IServiceProvider Services => app.Services;

    public Keys Keys { get; private set; } = null!;

    public static async Task<ApiServer> StartAsync(
        TimeSpan? dayLength = null,
        string? connectionString = null,
        Action<IServiceCollection>? configure = null,
        bool issueKeys = true,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var connection = connectionString ?? await TestStorage.ConnectionStringAsync();
        using var quiet = LoggerFactory.Create(l => l.SetMinimumLevel(LogLevel.Warning));
        var engine = await Engine.StartAsync(quiet);
        var channel = GrpcChannel.ForAddress(engine.Address);
        var port = LoopbackPort.Free();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("REMEDIATION_TEST_SERVER_LOGS") == "1")
        {
            builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Error);
        }

        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        // The hosts' composition root, with the settings a test needs.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connection,
            ["Remediation:TablePrefix"] = "a" + Guid.NewGuid().ToString("N")[..12],
            ["Remediation:BootstrapAdminKey"] = BootstrapKey,

            // Tests send thousands of requests from one address, many with keys that are not valid.
            ["Remediation:RateLimit:AddressPermitsPerSecond"] = "100000",
            ["Remediation:RateLimit:AddressBurst"] = "100000",
            ["Remediation:RateLimit:PermitsPerSecond"] = "100000",
            ["Remediation:RateLimit:Burst"] = "100000",
            ["Remediation:RateLimit:FailedAuthenticationsPerMinute"] = "100000",
            ["Remediation:Deadlines:DayLength"] = (dayLength ?? TimeSpan.FromDays(1)).ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddRemediation(builder.Configuration, development: true);
        builder.Services.AddHostedService<Remediation.Notifications.Dispatch.NotificationPump>();
        builder.Services.AddDurableTaskWorker(w => w.AddTasks(r => r.AddRemediationWorkflows()).UseGrpc(channel));
        builder.Services.AddDurableTaskClient(c => c.UseGrpc(channel));
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        await app.Services.EnsureStorageAsync();
        app.MapRemediationApi();
        await app.StartAsync();
        var server = new ApiServer(app, engine, channel, new Uri($"http://127.0.0.1:{port}/api/v1/"));
        if (issueKeys)
        {
            server.Keys = await Keys.IssueAsync(server);
        }

        return server;
    }

    public HttpClient Client(string? key)
    {
        // Every response is checked against the committed API document.
        var client = new HttpClient(new ContractCheck()) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    /// <summary>
    /// Polls GET /cases/{id} until <paramref name="condition"/> holds (commands are applied asynchronously), and then until
    /// the lists and report facts have followed the case's save (they are written just after the case's row).
    /// </summary>
    public async Task<CaseDocument> WaitForAsync(string caseId, Func<CaseDocument, bool> condition, string what)
    {
        using var client = Client(Keys.Caseworker);
        var facts = Services.GetRequiredService<Remediation.Domain.Reporting.IReportFacts>();
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var view = await client.GetFromJsonAsync<CaseDocument>($"cases/{caseId}");
            if (view is not null && condition(view)
                && await facts.RevisionAsync(caseId) >= (await StoredCaseAsync(caseId)).Revision)
            {
                return view;
            }

            if (DateTime.UtcNow > until)
            {
                Assert.Fail($"Timed out waiting for {what}; case is in {view?.Stage}.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Opens a case as the partner PART-1, against SUP-1 (or with the body given): its id.</summary>
    public async Task<string> OpenAsync(string reference, object? grievance = null)
    {
        using var partner = Client(Keys.Partner);
        var created = await partner.PostAsJsonAsync("cases", grievance ?? Bodies.Grievance(reference));
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("caseId").GetString()!;
    }

    /// <summary>Opens a case and has a caseworker accept it at triage for SUP-1: it waits for the supplier's acknowledgement.</summary>
    public async Task<string> OpenAcceptedAsync(string reference, object? grievance = null)
    {
        var caseId = await OpenAsync(reference, grievance);
        using var caseworker = Client(Keys.Caseworker);
        await caseworker.PostAsJsonAsync($"cases/{caseId}/triage", new { accept = true, supplierId = "SUP-1" });
        await WaitForAsync(caseId, c => c.Stage == "SupplierAcknowledgement", "triage");
        return caseId;
    }

    /// <summary>An accepted case the supplier has acknowledged: in Investigation.</summary>
    public async Task<string> OpenInInvestigationAsync(string reference, object? grievance = null)
    {
        var caseId = await OpenAcceptedAsync(reference, grievance);
        using var supplier = Client(Keys.Supplier);
        await supplier.PostAsync($"cases/{caseId}/acknowledgement", null);
        await WaitForAsync(caseId, c => c.Stage == "Investigation", "acknowledgement");
        return caseId;
    }

    public async Task<Case> StoredCaseAsync(string caseId) => (await Services.GetRequiredService<ICaseStore>().GetAsync(caseId))!.Value;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        channel.Dispose();
        await engine.DisposeAsync();
    }
}
