using Remediation.Composition;
using Remediation.Domain.Inbox;
using Grpc.Net.Client;
using Microsoft.DurableTask;
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
    private readonly Dictionary<string, string?> settings;

    private CaseWorld(Engine engine, GrpcChannel channel, IHost host, DeadlinePolicy policy, Dictionary<string, string?> settings)
    {
        this.engine = engine;
        this.channel = channel;
        this.settings = settings;
        Host = host;
        Policy = policy;
        History = engine.History;
    }

    /// <summary>The worker's host: the durable worker and client, and the product's services, over the one engine.</summary>
    public IHost Host { get; private set; }

    public DurableTaskClient Client => Host.Services.GetRequiredService<DurableTaskClient>();

    /// <summary>History events per generation, as persisted by the orchestration service.</summary>
    public HistoryMeter History { get; }

    public IPayloadStore Payloads => Host.Services.GetRequiredService<IPayloadStore>();

    public DeadlinePolicy Policy { get; }

    public CommandProcessor Processor => Host.Services.GetRequiredService<CommandProcessor>();

    public ICaseStore Cases => Host.Services.GetRequiredService<ICaseStore>();

    public ILedgerStore Ledger => Host.Services.GetRequiredService<ILedgerStore>();

    public ITimelineStore Timeline => Host.Services.GetRequiredService<ITimelineStore>();

    public INotificationOutbox Outbox => Host.Services.GetRequiredService<INotificationOutbox>();

    public CaseIntake Intake => Host.Services.GetRequiredService<CaseIntake>();

    public CaseCommandSender Sender => Host.Services.GetRequiredService<CaseCommandSender>();

    /// <summary>
    /// Starts the engine; <paramref name="dayLength"/> is how long one policy day lasts in this test.
    /// <paramref name="tasks"/> registers the orchestrators and activities (the product's, unless a test runs another release's).
    /// </summary>
    public static async Task<CaseWorld> StartAsync(TimeSpan dayLength, Action<DurableTaskRegistry>? tasks = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = await TestStorage.ConnectionStringAsync(),
            ["Remediation:TablePrefix"] = "w" + Guid.NewGuid().ToString("N")[..12],
            ["Remediation:Deadlines:DayLength"] = dayLength.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        };
        using var quiet = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Warning));
        var engine = await Engine.StartAsync(quiet);
        var channel = GrpcChannel.ForAddress(engine.Address);
        var host = await StartHostAsync(channel, settings, tasks);
        var parties = host.Services.GetRequiredService<IPartyStore>();
        await parties.AddAsync(new Party(PartyKind.Partner, Partner.PartyId!, "Partner"));
        await parties.AddAsync(new Party(PartyKind.Supplier, Supplier.PartyId!, "Supplier"));
        return new CaseWorld(engine, channel, host, new DeadlinePolicy { DayLength = dayLength }, settings);
    }

    /// <summary>Stops the worker and starts another on the same engine and storage, as a release rolled out would.</summary>
    public async Task RestartWorkerAsync(Action<DurableTaskRegistry>? tasks = null)
    {
        // Only between episodes: one cut off half-way would never complete on the in-memory engine (HistoryMeter.InFlight).
        var until = DateTime.UtcNow + Patience;
        for (var idle = 0; idle < 5; idle = History.InFlight == 0 ? idle + 1 : 0)
        {
            Assert.True(DateTime.UtcNow < until, $"The engine still had {History.InFlight} work items in flight.");
            await Task.Delay(100);
        }

        await Host.StopAsync();
        Host.Dispose();
        Host = await StartHostAsync(channel, settings, tasks);
    }

    private static async Task<IHost> StartHostAsync(GrpcChannel channel, Dictionary<string, string?> settings, Action<DurableTaskRegistry>? tasks)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddDurableTaskWorker(worker => worker
            .AddTasks(registry => (tasks ?? (r => r.AddRemediationWorkflows()))(registry))
            .UseGrpc(channel));
        builder.Services.AddDurableTaskClient(client => client.UseGrpc(channel));
        // The hosts' composition root, with the settings a test needs.
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddRemediation(builder.Configuration, development: true);
        var host = builder.Build();
        await host.Services.EnsureStorageAsync();
        await host.StartAsync();
        return host;
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

    /// <summary>
    /// How long a wait lasts before it fails: generous, because the suite shares two cores with builds (the server's
    /// build publishes the trimmed console) and the engine's polling backs off when a worker restarts.
    /// </summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>Polls the stored case until <paramref name="condition"/> holds (timers and queues make this asynchronous).</summary>
    public async Task<Case> WaitForAsync(string caseId, Func<Case, bool> condition, string what, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? Patience);
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
        var until = DateTime.UtcNow + (timeout ?? Patience);
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
