using Remediation.Domain.Inbox;
using Grpc.Net.Client;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Remediation.Api.Composition;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Intake;
using Remediation.Domain.Ledger;
using Remediation.Domain.Notifications;
using Remediation.Domain.Paging;
using Remediation.Domain.Parties;
using Remediation.Domain.Payloads;
using Remediation.Domain.Timeline;
using Remediation.Storage;
using Remediation.Testing;
using Remediation.Workflows;
using Remediation.Workflows.Handling;
using Remediation.Workflows.Intake;
using Remediation.Workflows.Sending;

namespace Remediation.Workflows.Tests.Builders;

/// <summary>
/// The real thing in one test: the in-memory Durable Task engine running the product's orchestration and activity,
/// over storage on Azurite with tables of the test's own, and deadlines of (milli)seconds from configuration.
/// </summary>
internal sealed class CaseWorld : IAsyncDisposable
{
    public static readonly Actor Partner = Actor.Partner("PART-1");
    public static readonly Actor Supplier = Actor.Supplier("SUP-1");
    public static readonly Actor Caseworker = Actor.Caseworker("cw-1");

    private readonly Engine engine;
    private readonly GrpcChannel channel;

    private CaseWorld(Engine engine, GrpcChannel channel, IHost host, DeadlinePolicy policy)
    {
        this.engine = engine;
        this.channel = channel;
        Host = host;
        Policy = policy;
        var services = host.Services;
        Client = services.GetRequiredService<DurableTaskClient>();
        History = engine.History;
        Processor = services.GetRequiredService<CommandProcessor>();
        Cases = services.GetRequiredService<ICaseStore>();
        Ledger = services.GetRequiredService<ILedgerStore>();
        Timeline = services.GetRequiredService<ITimelineStore>();
        Outbox = services.GetRequiredService<INotificationOutbox>();
        Payloads = services.GetRequiredService<IPayloadStore>();
        Intake = services.GetRequiredService<CaseIntake>();
        Sender = services.GetRequiredService<CaseCommandSender>();
    }

    public IHost Host { get; }

    public DurableTaskClient Client { get; }

    /// <summary>History events per generation, as persisted by the orchestration service.</summary>
    public HistoryMeter History { get; }

    public IPayloadStore Payloads { get; }

    public DeadlinePolicy Policy { get; }

    public CommandProcessor Processor { get; }

    public ICaseStore Cases { get; }

    public ILedgerStore Ledger { get; }

    public ITimelineStore Timeline { get; }

    public INotificationOutbox Outbox { get; }

    public CaseIntake Intake { get; }

    public CaseCommandSender Sender { get; }

    /// <summary>Starts the engine; <paramref name="dayLength"/> is how long one policy day lasts in this test.</summary>
    public static async Task<CaseWorld> StartAsync(TimeSpan dayLength)
    {
        var connection = await TestStorage.ConnectionStringAsync();
        var prefix = "w" + Guid.NewGuid().ToString("N")[..12];
        var policy = new DeadlinePolicy { DayLength = dayLength };
        using var quiet = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Warning));
        var engine = await Engine.StartAsync(quiet);
        var channel = GrpcChannel.ForAddress(engine.Address);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddDurableTaskWorker(worker => worker.AddTasks(registry => registry.AddRemediationWorkflows()).UseGrpc(channel));
        builder.Services.AddDurableTaskClient(client => client.UseGrpc(channel));
        // The hosts' composition root, with the settings a test needs.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connection,
            ["Remediation:TablePrefix"] = prefix,
            ["Remediation:Deadlines:DayLength"] = dayLength.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Services.AddRemediation(builder.Configuration, development: true);
        var host = builder.Build();
        await host.Services.EnsureStorageAsync();
        var parties = host.Services.GetRequiredService<IPartyStore>();
        await parties.AddAsync(new Party(PartyKind.Partner, Partner.PartyId!, "Partner"));
        await parties.AddAsync(new Party(PartyKind.Supplier, Supplier.PartyId!, "Supplier"));
        await host.StartAsync();
        return new CaseWorld(engine, channel, host, policy);
    }

    public async Task<string> OpenAsync(IntakeSubmission submission)
    {
        var result = await Intake.OpenAsync(Partner.PartyId!, submission);
        Assert.Equal(IntakeOutcome.Created, result.Outcome);
        return result.CaseId!;
    }

    /// <summary>Sends a command and waits until the case has handled it (applied or refused).</summary>
    public async Task<Case> SendAsync<T>(string caseId, CaseCommand kind, Actor actor, T payload, string? commandId = null)
    {
        commandId ??= $"{kind}-{Guid.NewGuid():N}";
        await Sender.SendAsync(caseId, commandId, kind, actor, payload);
        return await WaitForAsync(caseId, c => c.HasSeen(commandId), $"command {kind} to be handled");
    }

    /// <summary>Polls the stored case until <paramref name="condition"/> holds (timers and queues make this asynchronous).</summary>
    public async Task<Case> WaitForAsync(string caseId, Func<Case, bool> condition, string what, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var stored = await Cases.GetAsync(caseId);
            if (stored is not null && condition(stored.Value))
            {
                return stored.Value;
            }

            if (DateTime.UtcNow > until)
            {
                Assert.Fail($"Timed out waiting for {what}; case is in {stored?.Value.Stage}, level {stored?.Value.EscalationLevel}.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits until the case's inbox holds no command (the case records a command as seen just before the drain removes it).</summary>
    public async Task WaitForEmptyInboxAsync(string caseId, TimeSpan? timeout = null)
    {
        var inbox = Host.Services.GetRequiredService<ICommandInbox>();
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while ((await inbox.PendingAsync(caseId, 10)).Count > 0)
        {
            if (DateTime.UtcNow > until)
            {
                Assert.Fail($"Timed out waiting for the inbox of {caseId} to drain.");
            }

            await Task.Delay(50);
        }
    }

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(string caseId) =>
        (await Timeline.GetAsync(caseId, new PageRequest(PageRequest.MaxSize, null))).Items;

    public async Task<IReadOnlyList<LedgerLine>> LinesAsync(string caseId) =>
        (await Ledger.GetLinesAsync(caseId, new PageRequest(PageRequest.MaxSize, null))).Items;

    /// <summary>Stops the worker before the sidecar (the other order hangs for half a minute: engine notes).</summary>
    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        channel.Dispose();
        await engine.DisposeAsync();
    }
}
